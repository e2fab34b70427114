package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.settings.OrganisationProfile;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class PaymentStatementPdfServiceTest {

    @TempDir Path dataDir;
    @TempDir Path files;
    private TestServices test;
    private PaymentStatement statement;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        test.services().organisations().save(new OrganisationProfile("Northside Carers", "2 Park Road", "LS1 4AB",
                "", "", "", "", "", "", "", "", null));
        StatementFixtures claims = new StatementFixtures(test);
        long samira = claims.person("Samira", "Okafor");
        Claim paid = claims.paid(samira, LocalDate.of(2026, 5, 10), LineInput.fee(FeeUnit.HOURS, new BigDecimal("2.5")),
                LineInput.cost(ClaimCategory.PUBLIC_TRANSPORT, "Return train", Money.of("12.50")),
                LineInput.cost(ClaimCategory.TAXI, "", Money.of("30.00")).paidByOrganisation(true));
        test.services().claims().addAdjustment(paid.id(), LineInput.cost(ClaimCategory.PARKING, "", Money.of("5.00")),
                "Parking left off");
        claims.submitted(samira, LocalDate.of(2026, 7, 1), LineInput.hours(ClaimCategory.CHILDCARE, new BigDecimal("3")));
        statement = test.services().paymentStatements().statement(samira, TaxYear.starting(2026));
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void writesTheOrganisationThePersonTheYearTheLinesTheTotalsAndTheNoteOnTax() throws IOException {
        Path file = files.resolve("statement.pdf");

        test.services().paymentStatementPdf().write(statement, file, Progress.NONE);

        PdfReader reader = new PdfReader(Files.readAllBytes(file));
        try {
            assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);
            String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
            assertThat(text).contains("Northside Carers", "Statement of fees and expenses", "For: Samira Okafor",
                    "2026-27 (6 April 2026 to 5 April 2027)", "Return train", "2.5 hours", "3 hours",
                    "Adjustment: Parking left off", "(paid by us directly)",
                    "Fees (income): £50.00.", "Expenses paid back: £53.50.",
                    "Owed in all: £103.50. Paid so far: £67.50. Still to pay: £36.00.",
                    "(not owed to them): £30.00.",
                    "Fees are income: they may matter for tax and for benefits. Expenses paid back are not earnings.");
            assertThat(reader.getInfo().get("Title")).contains("Samira Okafor");
        } finally {
            reader.close();
        }
    }

    @Test
    void leavesNoHalfWrittenFileWhenTheFolderIsMissing() throws IOException {
        Path file = files.resolve("gone").resolve("statement.pdf");

        assertThatThrownBy(() -> test.services().paymentStatementPdf().write(statement, file, Progress.NONE))
                .isInstanceOf(UncheckedIOException.class);
        try (Stream<Path> left = Files.list(files)) {
            assertThat(left).isEmpty();
        }
    }
}
