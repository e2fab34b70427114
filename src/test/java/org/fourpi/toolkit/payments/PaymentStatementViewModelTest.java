package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.FileType;
import org.fourpi.toolkit.common.ui.TaskExecutor;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentStatementViewModelTest {

    /** Answers file choosers with a set file and notes what they offered. */
    private static final class SaveDialogs implements DialogService {
        Path answer;
        final List<String> offered = new ArrayList<>();

        @Override
        public void showError(String title, String message) {
        }

        @Override
        public void showInformation(String title, String message) {
        }

        @Override
        public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
            return false;
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, FileType type) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, FileType type, String suggestedName) {
            offered.add(type.patterns() + " " + suggestedName);
            return Optional.ofNullable(answer);
        }
    }

    @TempDir Path dataDir;
    @TempDir Path files;
    private TestServices test;
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final SaveDialogs dialogs = new SaveDialogs();
    private PaymentStatementViewModel model;
    private long samira;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        StatementFixtures claims = new StatementFixtures(test);
        samira = claims.person("Samira", "Okafor");
        claims.person("Tom", "Hughes");
        Claim paid = claims.paid(samira, LocalDate.of(2026, 5, 10), LineInput.fee(FeeUnit.HOURS, new BigDecimal("2")),
                LineInput.cost(ClaimCategory.TAXI, "", Money.of("30.00")).paidByOrganisation(true));
        test.services().claims().addAdjustment(paid.id(), LineInput.cost(ClaimCategory.PARKING, "", Money.of("5.00")),
                "Parking left off");
        claims.submitted(samira, LocalDate.of(2027, 5, 1), LineInput.fee(FeeUnit.DAYS, BigDecimal.ONE));
        var services = test.services();
        model = new PaymentStatementViewModel(services.paymentStatements(), services.paymentLedgerExport(),
                services.paymentStatementPdf(),
                () -> services.people().all().stream().map(p -> new PersonChoice(p.id(), p.displayName())).toList(),
                executor, dialogs, TestServices.MESSAGES);
    }

    @AfterEach
    void close() {
        test.close();
    }

    private void choose(long personId) {
        model.personProperty().set(model.personChoices().stream().filter(p -> p.id() == personId).findFirst().orElseThrow());
    }

    @Test
    void offersEveryoneAndTheYearsWithClaimsStartingWithTheCurrentYear() {
        model.refresh();

        assertThat(model.personChoices()).extracting(PersonChoice::name).containsExactlyInAnyOrder("Samira Okafor", "Tom Hughes");
        assertThat(model.taxYears()).containsExactly(TaxYear.starting(2027), TaxYear.starting(2026));
        assertThat(model.taxYearProperty().get()).isEqualTo(TaxYear.starting(2026));
        assertThat(model.yearLabel(TaxYear.starting(2026))).isEqualTo("2026-27 (6 April 2026 to 5 April 2027)");
        assertThat(model.rows()).isEmpty();
        assertThat(model.emptyTextProperty().get()).isEqualTo("Choose a person to see their statement.");
        assertThat(model.canSavePdfProperty().get()).isFalse();
        assertThat(executor.unexpected()).isEmpty();
    }

    @Test
    void showsThePersonsLinesAndTotalsInWordsForTheYearChosen() {
        model.refresh();
        choose(samira);

        assertThat(model.rows()).extracting(PaymentStatementViewModel.Row::whatFor)
                .containsExactly("Involvement fee", "Taxi (paid by us directly)",
                        "Parking or tolls. Adjustment: Parking left off");
        assertThat(model.rows().getFirst()).isEqualTo(new PaymentStatementViewModel.Row("10 May 2026", "Steering group",
                "Involvement fee", "2 hours", "£40.00", "Paid", "20 Nov 2026"));
        assertThat(model.basisProperty().get()).contains("from 6 April 2026 to 5 April 2027");
        assertThat(model.totalsProperty().get()).contains("Fees (income): £40.00.", "Expenses paid back: £5.00.",
                "Owed in all: £45.00. Paid so far: £45.00. Still to pay: £0.00.", "(not owed to them): £30.00.",
                "Expenses paid back are not earnings.");

        model.taxYearProperty().set(TaxYear.starting(2027));

        assertThat(model.rows()).extracting(PaymentStatementViewModel.Row::status).containsExactly("Submitted");
        assertThat(model.totalsProperty().get()).contains("Still to pay: £110.00.");
        assertThat(model.canSavePdfProperty().get()).isTrue();
    }

    @Test
    void keepsThePersonAndYearChosenWhenTheTabIsShownAgain() {
        model.refresh();
        choose(samira);
        model.taxYearProperty().set(TaxYear.starting(2027));

        model.refresh();

        assertThat(model.personProperty().get().id()).isEqualTo(samira);
        assertThat(model.taxYearProperty().get()).isEqualTo(TaxYear.starting(2027));
        assertThat(model.rows()).hasSize(1);
    }

    @Test
    void savesThePdfWhereChosenAddingTheEndingWhenLeftOff() {
        model.refresh();
        choose(samira);
        dialogs.answer = files.resolve("Samira statement");

        model.savePdf();

        Path written = files.resolve("Samira statement.pdf");
        assertThat(written).exists();
        assertThat(dialogs.offered).containsExactly("[*.pdf] Statement Samira Okafor 2026-27.pdf");
        assertThat(model.messageProperty().get()).isEqualTo("Saved the statement as " + written + ".");
        assertThat(model.writingProperty().get()).isFalse();
    }

    @Test
    void namesTheFileWhenThePdfCannotBeWritten() {
        model.refresh();
        choose(samira);
        Path file = files.resolve("no such folder").resolve("statement.pdf");
        dialogs.answer = file;

        model.savePdf();

        assertThat(model.messageProperty().get()).startsWith("The file " + file + " could not be written.")
                .contains("open in another program");
        assertThat(model.canSavePdfProperty().get()).isTrue();
    }

    @Test
    void exportsTheLedgerAsCsvForTheChosenYearOrEveryYear() throws IOException {
        model.refresh();
        model.ledgerFormatProperty().set(LedgerFormat.CSV);
        dialogs.answer = files.resolve("ledger");

        model.exportLedger();

        Path csv = files.resolve("ledger.csv");
        assertThat(Files.readAllLines(csv)).hasSize(1 + 3);
        assertThat(model.messageProperty().get()).isEqualTo("Wrote 3 lines to " + csv + ".");

        model.ledgerAllYearsProperty().set(true);
        model.ledgerFormatProperty().set(LedgerFormat.XLSX);
        dialogs.answer = files.resolve("all.xlsx");
        model.exportLedger();

        assertThat(files.resolve("all.xlsx")).exists();
        assertThat(model.messageProperty().get()).startsWith("Wrote 4 lines");
        assertThat(dialogs.offered).containsExactly("[*.csv] Payments ledger 2026-27.csv",
                "[*.xlsx] Payments ledger all years.xlsx");
    }

    @Test
    void stopsWritingTheLedgerWhenAskedAndLeavesNoFile() {
        List<BackgroundTask<?>> waiting = new ArrayList<>();
        TaskExecutor later = new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
                waiting.add(task);
            }

            @Override
            public void shutdown() {
            }
        };
        var services = test.services();
        PaymentStatementViewModel stopping = new PaymentStatementViewModel(services.paymentStatements(),
                services.paymentLedgerExport(), services.paymentStatementPdf(), List::of, later, dialogs,
                TestServices.MESSAGES);
        dialogs.answer = files.resolve("ledger.xlsx");

        stopping.exportLedger();
        assertThat(stopping.stoppableProperty().get()).isTrue();
        stopping.stopLedger();
        waiting.forEach(executor::execute);

        assertThat(files.resolve("ledger.xlsx")).doesNotExist();
        assertThat(stopping.messageProperty().get()).isEqualTo("Stopped. Nothing was written to "
                + files.resolve("ledger.xlsx") + ".");
        assertThat(stopping.stoppableProperty().get()).isFalse();
        assertThat(stopping.writingProperty().get()).isFalse();
    }
}
