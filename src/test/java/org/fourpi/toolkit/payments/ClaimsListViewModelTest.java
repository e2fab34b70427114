package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;

class ClaimsListViewModelTest {

    @TempDir Path dataDir;
    @TempDir Path files;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private TestServices test;
    private ClaimService claims;
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private ClaimsListViewModel list;
    private long samira;
    private long tom;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        claims = test.services().claims();
        samira = test.services().people().save(Person.named("Samira", "Okafor").withStatus(InvolvementStatus.ACTIVE)).id();
        tom = test.services().people().save(Person.named("Tom", "Baker").withStatus(InvolvementStatus.ACTIVE)).id();
        list = new ClaimsListViewModel(claims, test.services().paymentPolicy(), test.services().claimForms(),
                () -> test.services().people().list().stream().map(p -> new PersonChoice(p.id(), p.displayName())).toList(),
                executor, dialogs, TestServices.MESSAGES);
    }

    @AfterEach
    void close() {
        test.close();
        assertThat(executor.unexpected()).isEmpty();
    }

    private Claim claim(long person, String activity, LocalDate date, LineInput... lines) {
        return claims.create(new ClaimDraft(person, activity, "", date, "", List.of(lines)));
    }

    private void someClaims() {
        Claim late = claim(samira, "Steering group", LocalDate.of(2026, 11, 5), LineInput.fee(FeeUnit.HOURS, new BigDecimal("2")));
        claims.submit(late.id(), LocalDate.of(2026, 11, 6));
        Claim recent = claim(tom, "Carers forum", LocalDate.of(2026, 11, 20),
                LineInput.hours(ClaimCategory.CHILDCARE, new BigDecimal("3")),
                LineInput.cost(ClaimCategory.TAXI, "", Money.of("15.00")).paidByOrganisation(true));
        claims.submit(recent.id());
        claim(samira, "Recruitment panel", LocalDate.of(2026, 11, 25), LineInput.fee(FeeUnit.HALF_DAYS, BigDecimal.ONE));
    }

    @Test
    void putsTheLongestWaitFirstAndSaysInWordsWhenItIsPastTheTarget() {
        someClaims();
        list.refresh();

        assertThat(list.rows()).extracting(ClaimsListViewModel.Row::activity)
                .containsExactly("Steering group", "Carers forum", "Recruitment panel");
        ClaimsListViewModel.Row late = list.rows().getFirst();
        assertThat(late.waiting()).isEqualTo("Waiting 21 days - past the 14-day target");
        assertThat(late.status()).isEqualTo("Submitted");
        assertThat(late.date()).isEqualTo("5 Nov 2026");
        assertThat(late.person()).isEqualTo("Samira Okafor");
        assertThat(list.rows().get(1).waiting()).isEqualTo("Waiting 6 days");
        assertThat(list.rows().get(2).waiting()).as("a draft is not waiting for money yet").isEmpty();
        assertThat(list.totalsProperty().get())
                .isEqualTo("3 claims shown. Owed to people: £131.00. Paid by the organisation: £15.00.");
    }

    @Test
    void usesTheTargetOfTheRateSetInForceOnTheActivityDate() {
        PaymentRates current = test.services().paymentPolicy().ratesOn(LocalDate.of(2026, 11, 1)).orElseThrow();
        test.services().paymentPolicy().save(new PaymentRates(LocalDate.of(2026, 11, 1), current.feeHourly(),
                current.feeHalfDay(), current.feeDay(), current.mileageFirst10000(), current.mileageAfter10000(),
                current.mileagePerPassenger(), current.childcareHourly(), current.replacementCarerHourly(),
                current.supportWorkerHourly(), current.subsistenceLimitDay(), 30, current.esaWeeklyLimit(),
                current.carersAllowanceWeeklyLimit(), current.tradingAllowance()));
        someClaims();
        list.refresh();

        assertThat(list.rows().getFirst().waiting()).isEqualTo("Waiting 21 days");
        assertThat(list.rows().getFirst().late()).isFalse();
    }

    @Test
    void filtersByStatusPersonActivityCategoryAndDatesAndTotalsWhatIsShown() {
        someClaims();
        list.refresh();

        list.statusProperty().set(ClaimStatus.SUBMITTED);
        assertThat(list.rows()).extracting(ClaimsListViewModel.Row::activity).containsExactly("Steering group", "Carers forum");
        list.personProperty().set(list.personChoices().stream().filter(p -> p != null && p.id() == tom).findFirst().orElseThrow());
        assertThat(list.rows()).extracting(ClaimsListViewModel.Row::activity).containsExactly("Carers forum");
        assertThat(list.totalsProperty().get())
                .isEqualTo("1 claim shown. Owed to people: £36.00. Paid by the organisation: £15.00.");

        list.clearFilters();
        list.categoryProperty().set(ClaimCategory.FEE);
        assertThat(list.rows()).extracting(ClaimsListViewModel.Row::activity)
                .containsExactly("Steering group", "Recruitment panel");
        list.activityTextProperty().set("PANEL");
        assertThat(list.rows()).extracting(ClaimsListViewModel.Row::activity).containsExactly("Recruitment panel");

        list.clearFilters();
        list.fromProperty().set("10/11/2026");
        list.toProperty().set("24/11/2026");
        list.refresh();
        assertThat(list.rows()).extracting(ClaimsListViewModel.Row::activity).containsExactly("Carers forum");
        assertThat(list.personChoices()).extracting(p -> p == null ? "anyone" : p.name())
                .containsExactly("anyone", "Tom Baker", "Samira Okafor");
    }

    @Test
    void checksTypedDatesWithAClearMessageAndKeepsTheListUntilTheyAreRight() {
        someClaims();
        list.refresh();

        list.fromProperty().set("31/11/2026");
        list.refresh();
        assertThat(list.fromErrorProperty().get()).isEqualTo("Activity from: this is not a date that can be read. "
                + "Please type it as day/month/year, for example 1/11/2026.");
        assertThat(list.messageProperty().get()).isEqualTo("The list was not changed: please check the dates marked above.");
        assertThat(list.rows()).hasSize(3);

        list.fromProperty().set("20/11/2026");
        list.toProperty().set("1/11/2026");
        list.refresh();
        assertThat(list.fromErrorProperty().get()).isEmpty();
        assertThat(list.toErrorProperty().get()).startsWith("Activity to: this is before");
        assertThat(list.rows()).hasSize(3);
    }

    @Test
    void showsNoClaimsInWords() {
        list.refresh();
        assertThat(list.rows()).isEmpty();
        assertThat(list.totalsProperty().get())
                .isEqualTo("No claims shown. Owed to people: £0.00. Paid by the organisation: £0.00.");
    }

    private ClaimsListViewModel listShowingAtFirst(int count) {
        return new ClaimsListViewModel(claims, test.services().paymentPolicy(), test.services().claimForms(),
                () -> test.services().people().list().stream().map(p -> new PersonChoice(p.id(), p.displayName())).toList(),
                executor, dialogs, TestServices.MESSAGES, count);
    }

    @Test
    void showsTheFirstClaimsOfALongListWithHowManyThereAreAndWhatAllOfThemComeTo() {
        someClaims();
        ClaimsListViewModel firstTwo = listShowingAtFirst(2);
        firstTwo.refresh();

        assertThat(firstTwo.rows()).extracting(ClaimsListViewModel.Row::activity)
                .containsExactly("Steering group", "Carers forum");
        assertThat(firstTwo.totalsProperty().get()).isEqualTo("Showing the first 2 of 3 claims. "
                + "All 3 together: owed to people £131.00, paid by the organisation £15.00.");
        assertThat(firstTwo.moreProperty().get()).isTrue();
        assertThat(firstTwo.showAllTextProperty().get()).isEqualTo("Sho_w all 3 claims");
        assertThat(firstTwo.showAllNameProperty().get()).isEqualTo("Show all 3 claims in the list");

        firstTwo.showAll();

        assertThat(firstTwo.rows()).extracting(ClaimsListViewModel.Row::activity)
                .containsExactly("Steering group", "Carers forum", "Recruitment panel");
        assertThat(firstTwo.totalsProperty().get())
                .isEqualTo("3 claims shown. Owed to people: £131.00. Paid by the organisation: £15.00.");
        assertThat(firstTwo.moreProperty().get()).isFalse();
        assertThat(firstTwo.messageProperty().get()).as("the note that they are being read goes").isEmpty();
    }

    @Test
    void keepsShowingEveryClaimWhenTheListIsReadAgainUntilTheFiltersChange() {
        someClaims();
        claim(tom, "Training day", LocalDate.of(2026, 10, 1), LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE));
        ClaimsListViewModel firstTwo = listShowingAtFirst(2);
        firstTwo.refresh();
        firstTwo.showAll();
        assertThat(firstTwo.rows()).hasSize(4);

        firstTwo.refresh(); // as when a claim is closed
        assertThat(firstTwo.rows()).hasSize(4);

        firstTwo.statusProperty().set(ClaimStatus.DRAFT);
        assertThat(firstTwo.rows()).extracting(ClaimsListViewModel.Row::activity)
                .containsExactly("Recruitment panel", "Training day");
        assertThat(firstTwo.moreProperty().get()).as("exactly as many as are shown at first").isFalse();

        firstTwo.clearFilters();
        assertThat(firstTwo.rows()).hasSize(2);
        assertThat(firstTwo.totalsProperty().get()).isEqualTo("Showing the first 2 of 4 claims. "
                + "All 4 together: owed to people £151.00, paid by the organisation £15.00.");
    }

    private static int pages(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }

    @Test
    void printsAClaimFormWhereChosenAddingPdfAndSaysWhereItWent() throws IOException {
        dialogs.chooseFile(files.resolve("Claim form"));
        list.printClaimForm();
        Path regular = files.resolve("Claim form.pdf");
        assertThat(regular).exists();
        assertThat(list.messageProperty().get()).isEqualTo("Saved the claim form as " + regular + ".");
        assertThat(list.printingProperty().get()).isFalse();

        list.largePrintProperty().set(true);
        Path large = files.resolve("Large.pdf");
        dialogs.chooseFile(large);
        list.printClaimForm();

        assertThat(large).exists();
        assertThat(pages(large)).as("larger type takes more pages").isGreaterThan(pages(regular));
    }

    @Test
    void namesTheFileWhenTheFormCannotBeWrittenAndLeavesNothingBehind() throws IOException {
        Path file = files.resolve("gone").resolve("Claim form.pdf");
        dialogs.chooseFile(file);

        list.printClaimForm();

        assertThat(list.messageProperty().get()).startsWith("The claim form could not be saved as " + file + ".");
        assertThat(list.printingProperty().get()).isFalse();
        try (Stream<Path> left = Files.list(files)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void writesNothingWhenNoFileIsChosen() throws IOException {
        list.printClaimForm();

        assertThat(list.messageProperty().get()).isEmpty();
        try (Stream<Path> left = Files.list(files)) {
            assertThat(left).isEmpty();
        }
    }
}
