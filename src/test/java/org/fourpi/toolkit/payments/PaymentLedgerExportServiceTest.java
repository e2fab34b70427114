package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentLedgerExportServiceTest {

    private static final String LINK = "=HYPERLINK(\"http://example.com\",\"Click\")";

    @TempDir Path dataDir;
    @TempDir Path files;
    private TestServices test;
    private PaymentLedgerExportService export;
    private Claim paid;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        export = test.services().paymentLedgerExport();
        StatementFixtures claims = new StatementFixtures(test);
        long samira = claims.person("Samira", "Okafor");
        long tom = claims.person("-Tom", "Hughes");
        paid = claims.paid(samira, LocalDate.of(2026, 5, 10), LineInput.fee(FeeUnit.HOURS, new BigDecimal("2.5")),
                LineInput.cost(ClaimCategory.OTHER, LINK, Money.of("1234.56")),
                LineInput.cost(ClaimCategory.TAXI, "", Money.of("18.35")).paidByOrganisation(true));
        test.services().claims().addAdjustment(paid.id(),
                LineInput.cost(ClaimCategory.OTHER, "", Money.of("-0.01")), "Rounded up by mistake");
        claims.submitted(tom, LocalDate.of(2026, 6, 1), LineInput.mileage(new BigDecimal("12.5"), 0));
        claims.rejected(tom, LocalDate.of(2026, 6, 2), LineInput.fee(FeeUnit.DAYS, BigDecimal.ONE));
        claims.draft(tom, LocalDate.of(2026, 6, 3), LineInput.fee(FeeUnit.DAYS, BigDecimal.ONE));
        claims.submitted(tom, LocalDate.of(2027, 6, 1), LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE));
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void writesAWorkbookWithAFrozenFilteredHeaderAmountsInPoundsAndTotalsToThePenny() throws IOException {
        Path file = files.resolve("ledger.xlsx");

        int count = export.export(file, Optional.of(TaxYear.starting(2026)), Progress.NONE);

        assertThat(count).isEqualTo(6);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFRow header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Claim number");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Amount");
            assertThat(header.getCell(14).getStringCellValue()).isEqualTo("Payment reference");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:O7");

            XSSFRow fee = sheet.getRow(1);
            assertThat((long) fee.getCell(0).getNumericCellValue()).isEqualTo(paid.id());
            assertThat(fee.getCell(1).getStringCellValue()).isEqualTo("Samira Okafor");
            assertThat(DateUtil.isCellDateFormatted(fee.getCell(3))).isTrue();
            assertThat(fee.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 10));
            assertThat(fee.getCell(6).getNumericCellValue()).isEqualTo(2.5);
            assertThat(fee.getCell(7).getStringCellValue()).isEqualTo("hours");
            assertThat(fee.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(fee.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("£#,##0.00");
            assertThat(amount(fee.getCell(8))).isEqualTo(new BigDecimal("50.00"));
            assertThat(fee.getCell(11).getStringCellValue()).isEqualTo("Paid");
            assertThat(fee.getCell(12).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(StatementFixtures.PAID_ON);
            assertThat(fee.getCell(13).getStringCellValue()).isEqualTo("Bank transfer");
            assertThat(fee.getCell(14).getStringCellValue()).isEqualTo("BACS 1234");

            XSSFCell link = sheet.getRow(2).getCell(5);
            assertThat(link.getCellType()).isEqualTo(CellType.STRING);
            assertThat(link.getStringCellValue()).isEqualTo(LINK);
            assertThat(link.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(3).getCell(9).getStringCellValue()).isEqualTo("Yes");
            assertThat(sheet.getRow(4).getCell(10).getStringCellValue()).isEqualTo("Rounded up by mistake");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("-Tom Hughes");
            assertThat(sheet.getRow(5).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(6).getCell(11).getStringCellValue()).isEqualTo("Rejected");

            // A blank row, then the totals: the rejected day's fee is listed but not counted.
            assertThat((Object) sheet.getRow(7)).isNull();
            assertThat(sheet.getRow(8).getCell(7).getStringCellValue()).isEqualTo("Owed to people");
            assertThat(amount(sheet.getRow(8).getCell(8))).isEqualTo(new BigDecimal("1290.18"));
            assertThat(sheet.getRow(9).getCell(7).getStringCellValue()).isEqualTo("Paid by us directly");
            assertThat(amount(sheet.getRow(9).getCell(8))).isEqualTo(new BigDecimal("18.35"));
            assertThat(sheet.getRow(10).getCell(7).getStringCellValue()).isEqualTo("All costs");
            assertThat(amount(sheet.getRow(10).getCell(8))).isEqualTo(new BigDecimal("1308.53"));
            assertThat(sheet.getRow(11).getCell(0).getStringCellValue()).contains("rejected");
        }
    }

    @Test
    void writesACsvFileWithPlainNumbersIsoDatesAndNoFormulas() throws IOException {
        Path file = files.resolve("ledger.CSV");

        int count = export.export(file, Optional.empty(), Progress.NONE);

        assertThat(count).isEqualTo(7);
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            assertThat(parser.getHeaderNames()).startsWith("Claim number", "Person", "Activity", "Activity date")
                    .contains("Amount", "Paid by us directly", "Payment reference").hasSize(15);
            records = parser.getRecords();
        }
        assertThat(records).hasSize(7);
        CSVRecord fee = records.getFirst();
        assertThat(fee.get("Claim number")).isEqualTo(Long.toString(paid.id()));
        assertThat(fee.get("Activity date")).isEqualTo("2026-05-10");
        assertThat(fee.get("Quantity")).isEqualTo("2.5");
        assertThat(fee.get("Amount")).isEqualTo("50.00");
        assertThat(fee.get("Date paid")).isEqualTo("2026-11-20");
        assertThat(records.get(1).get("Description")).isEqualTo("'" + LINK);
        assertThat(records.get(1).get("Amount")).isEqualTo("1234.56");
        assertThat(records.get(3).get("Amount")).isEqualTo("-0.01");
        assertThat(records.get(4).get("Person")).isEqualTo("'-Tom Hughes");
        assertThat(records.get(4).get("Unit")).isEqualTo("miles");
        assertThat(records.getLast().get("Activity date")).isEqualTo("2027-06-01");
        assertThat(records.stream().map(r -> new BigDecimal(r.get("Amount"))).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(new BigDecimal("1438.53"));
    }

    @Test
    void leavesNoFileBehindWhenTheFolderCannotBeWritten() throws IOException {
        Path missingFolder = files.resolve("not-there").resolve("ledger.xlsx");
        Path existing = files.resolve("kept.csv");
        Files.writeString(existing, "what was there before");

        assertThatThrownBy(() -> export.export(missingFolder, Optional.empty(), Progress.NONE))
                .isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> export.export(existing, Optional.empty(), new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelRequested() {
                return true;
            }
        })).isInstanceOf(java.util.concurrent.CancellationException.class);

        assertThat(Files.readString(existing)).isEqualTo("what was there before");
        try (Stream<Path> left = Files.list(files)) {
            assertThat(left).containsExactly(existing);
        }
    }

    private static BigDecimal amount(XSSFCell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
