package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.settings.OrganisationProfile;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class ClaimFormPdfServiceTest {

    private static final String POLICY = "We pay a fee for your time and pay back what it costs you to take part.\n\n"
            + "You can choose not to take a fee. Ask us to book travel if paying first is hard.";
    private static final Pattern FONT_SIZE = Pattern.compile("/F\\d+ ([0-9.]+) Tf");
    private static final LocalDate RAISE = LocalDate.of(2026, 12, 16);

    @TempDir Path dataDir;
    @TempDir Path files;
    private TestServices test;
    private ClaimFormPdfService forms;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        test.services().organisations().save(new OrganisationProfile("Northside Carers", "2 Park Road", "LS1 4AB",
                "", "", "", "", "", "Priya Shah", "0113 496 0000", "priya@northside.example", null));
        test.services().paymentPolicy().savePolicyText(POLICY);
        test.services().paymentPolicy().saveActivityFees(LocalDate.of(2026, 4, 6), List.of(new ActivityFee(
                "Interview panel", new FeeRates(Money.of("25.00"), Money.of("70.00"), Money.of("130.00")))));
        forms = test.services().claimForms();
    }

    @AfterEach
    void close() {
        test.close();
    }

    private void raiseRatesFrom16December() {
        test.services().paymentPolicy().save(new PaymentRates(RAISE, Money.of("22.00"), Money.of("60.50"),
                Money.of("121.00"), Money.of("0.45"), Money.of("0.25"), Money.of("0.05"), Money.of("13.20"),
                Money.of("16.50"), Money.of("16.60"), Money.of("11.00"), 10, Money.of("195.50"), Money.of("196.00"),
                Money.of("1000.00")));
    }

    /** Every page's text, with runs of white space as one space. */
    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder all = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append(' ');
            }
            return all.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    /** The size of every run of text on every page, in points. */
    private static List<Float> fontSizes(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            List<Float> sizes = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                Matcher m = FONT_SIZE.matcher(new String(reader.getPageContent(page), StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    sizes.add(Float.parseFloat(m.group(1)));
                }
            }
            return sizes;
        } finally {
            reader.close();
        }
    }

    @Test
    void carriesTheOrganisationItsSupportContactThePolicyInFullAndTheRatesInForceToday() throws IOException {
        byte[] pdf = forms.pdf(ClaimFormDetails.blank(false));

        String text = text(pdf);
        assertThat(text).contains("Northside Carers", "Claim form: fees and expenses",
                "please contact Priya Shah, 0113 496 0000, priya@northside.example.",
                "We pay a fee for your time and pay back what it costs you to take part.",
                "You can choose not to take a fee. Ask us to book travel if paying first is hard.",
                "These are our rates from 6 April 2026.",
                "Involvement fee: £20.00 an hour, £55.00 for a half day, £110.00 for a day.",
                "Interview panel: £25.00 an hour, £70.00 for a half day, £130.00 for a day.",
                "£0.45 a mile for the first 10,000 miles in a tax year, then £0.25 a mile.",
                "£0.05 a mile more for each passenger", "Childcare: £12.00 an hour.",
                "Replacement carer: £15.00 an hour.", "support worker: £15.00 an hour.",
                "Food and drink: up to £10.00 a day.", "within 14 days",
                "Keep your receipts and attach them to this form.",
                "Bank transfer", "Cash", "Cheque", "Voucher", "I would rather not take a fee.",
                "Your signature", "Printed on 26 November 2026.", "Page 1");
        for (ClaimCategory category : ClaimCategory.values()) {
            assertThat(text).contains(TestServices.MESSAGES.text(category.labelKey()));
        }
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);
            assertThat(reader.getPageSize(1).getHeight()).isEqualTo(842f);
            assertThat(reader.getInfo().get("Title")).contains("Claim form", "Northside Carers");
        } finally {
            reader.close();
        }
    }

    @Test
    void takesTheRatesInForceOnTheActivityDateSoARaiseCountsFromItsFirstDay() throws IOException {
        raiseRatesFrom16December();

        String dayBefore = text(forms.pdf(new ClaimFormDetails("Samira Okafor", "Steering group",
                RAISE.minusDays(1), false)));
        String firstDay = text(forms.pdf(new ClaimFormDetails("Samira Okafor", "Steering group", RAISE, false)));

        assertThat(dayBefore).contains("£20.00 an hour, £55.00 for a half day", "Childcare: £12.00 an hour.",
                "within 14 days", "Interview panel: £25.00").doesNotContain("£22.00");
        assertThat(firstDay).contains("These are our rates from 16 December 2026.",
                "£22.00 an hour, £60.50 for a half day, £121.00 for a day", "Childcare: £13.20 an hour.",
                "Replacement carer: £16.50 an hour.", "support worker: £16.60 an hour.",
                "up to £11.00 a day.", "within 10 days")
                .as("the activity fees belong to the earlier set").doesNotContain("Interview panel", "£20.00 an hour");
        assertThat(firstDay).contains("Samira Okafor", "Steering group", "16 December 2026");
    }

    @Test
    void fillsTheFeeRowAtTheActivitysOwnFeeWhenItHasOne() throws IOException {
        LineInput twoHours = LineInput.fee(FeeUnit.HOURS, new java.math.BigDecimal("2"));
        LocalDate day = LocalDate.of(2026, 11, 20);

        String panel = text(forms.pdf(new ClaimFormDetails("Samira Okafor", "Interviews", day, false, twoHours,
                "interview PANEL")));
        String general = text(forms.pdf(new ClaimFormDetails("Samira Okafor", "Steering group", day, false,
                twoHours)));

        assertThat(panel).contains("£50.00");
        assertThat(general).doesNotContain("£50.00");
    }

    @Test
    void saysWhenNoRatesAreSetForTheDate() throws IOException {
        String text = text(forms.pdf(new ClaimFormDetails("", "", LocalDate.of(2026, 1, 10), false)));

        assertThat(text).contains("No rates are set for 10 January 2026. Please ask us what we pay.")
                .doesNotContain("an hour");
    }

    @Test
    void setsBodyTextAtTwelvePointAndLargePrintAtSixteenOrMore() throws IOException {
        byte[] regular = forms.pdf(ClaimFormDetails.blank(false));
        byte[] large = forms.pdf(ClaimFormDetails.blank(true));

        assertThat(fontSizes(regular)).isNotEmpty().allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(12f));
        assertThat(fontSizes(large)).isNotEmpty().allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(16f));
        assertThat(new PdfReader(large).getNumberOfPages()).isGreaterThan(new PdfReader(regular).getNumberOfPages());
        assertThat(text(large)).contains("Northside Carers", "We pay a fee for your time");
    }

    @Test
    void writesTheFormToAFileAndLeavesNothingBehindWhenTheFolderIsMissing() throws IOException {
        Path file = files.resolve("claim form.pdf");
        forms.write(ClaimFormDetails.blank(false), file, Progress.NONE);
        assertThat(text(Files.readAllBytes(file))).contains("Northside Carers", "Claim form");

        Path nowhere = files.resolve("gone").resolve("claim form.pdf");
        assertThatThrownBy(() -> forms.write(ClaimFormDetails.blank(false), nowhere, Progress.NONE))
                .isInstanceOf(UncheckedIOException.class);
        try (Stream<Path> left = Files.list(files)) {
            assertThat(left).containsExactly(file);
        }
    }
}
