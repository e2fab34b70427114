package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.spreadsheet.SheetCells;
import org.fourpi.toolkit.common.spreadsheet.StreamingWorkbooks;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger written line by line from the database holds exactly what it held when the whole ledger was
 * read first: every cell, heading, total, column width and formula guard, for each tax year and for all,
 * in the workbook, the CSV file and the sheet of "Export all data"; and the totals the database adds up
 * are the lines' own sums to the penny.
 */
class PaymentLedgerSameContentTest {

    private static final int CLAIMS = 300;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 4, 6);
    private static final LocalDate LAST_DAY = LocalDate.of(2027, 11, 25);
    private static final List<TaxYear> YEARS = List.of(TaxYear.starting(2026), TaxYear.starting(2027));
    private static final List<String> TEXTS = List.of("Train to Leeds", "=HYPERLINK(\"http://example.com\")",
            "+44 7700 900123", "@home", "\tTabbed", "Two\nlines", "-5 off", "Café and cake", "");

    @TempDir static Path dataDir;
    @TempDir Path files;
    private static TestServices test;
    private static PaymentStatementService statements;
    private static PaymentLedgerExportService export;
    private static LedgerFileBefore before;

    @BeforeAll
    static void makeClaims() {
        test = TestServices.open(dataDir);
        statements = test.services().paymentStatements();
        export = test.services().paymentLedgerExport();
        before = new LedgerFileBefore(TestServices.MESSAGES);
        StatementFixtures fixtures = new StatementFixtures(test);
        ClaimService claims = test.services().claims();
        List<Long> people = List.of(fixtures.person("Samira", "Okafor"), fixtures.person("-Tom", "Hughes"),
                fixtures.person("=Ade", "Bello"), fixtures.person("Mary", "O'Neill"));
        Random random = new Random(20261127L);
        int days = (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
        ClaimStatus[] statuses = ClaimStatus.values();
        PaymentMethod[] methods = PaymentMethod.values();
        for (int i = 0; i < CLAIMS; i++) {
            List<LineInput> lines = new ArrayList<>();
            for (int l = 0, count = 1 + random.nextInt(4); l < count; l++) {
                lines.add(randomLine(random));
            }
            String activity = i % 7 == 0 ? TEXTS.get(random.nextInt(TEXTS.size() - 1)) : "Activity " + i;
            Claim claim = fixtures.draft(people.get(random.nextInt(people.size())), activity,
                    FIRST_DAY.plusDays(random.nextInt(days + 1)), lines.toArray(LineInput[]::new));
            ClaimStatus status = statuses[random.nextInt(statuses.length)];
            if (status != ClaimStatus.DRAFT) {
                claim = claims.submit(claim.id(), StatementFixtures.PAID_ON.minusDays(10));
            }
            if (status == ClaimStatus.APPROVED || status == ClaimStatus.PAID) {
                claim = claims.approve(claim.id(), StatementFixtures.PAID_ON.minusDays(5));
            }
            if (status == ClaimStatus.PAID) {
                claim = claims.markPaid(claim.id(), StatementFixtures.PAID_ON.minusDays(random.nextInt(5)),
                        methods[random.nextInt(methods.length)], TEXTS.get(random.nextInt(TEXTS.size())));
                if (random.nextInt(3) == 0) {
                    int pence = 1 + random.nextInt(5000);
                    claims.addAdjustment(claim.id(), LineInput.cost(ClaimCategory.OTHER, "",
                            Money.of(BigDecimal.valueOf(random.nextBoolean() ? pence : -pence, 2))),
                            "Correction " + i);
                }
            }
            if (status == ClaimStatus.REJECTED) {
                claims.reject(claim.id(), "Not for this activity");
            }
        }
    }

    @AfterAll
    static void close() {
        test.close();
    }

    @Test
    void workbookOfEachTaxYearAndOfAllYearsHoldsTheSameCellsAsBefore() throws IOException {
        for (Optional<TaxYear> year : yearsAndAll()) {
            PaymentLedger ledger = statements.ledger(year);
            Path now = files.resolve("now.xlsx");
            Path then = files.resolve("before.xlsx");

            int count = export.export(now, year, Progress.NONE);
            before.writeWorkbook(ledger, then);

            assertThat(count).isEqualTo(ledger.lines().size()).isPositive();
            assertThat(describe(now)).as("the ledger of %s", year).containsExactlyElementsOf(describe(then));
        }
    }

    @Test
    void csvFileOfEachTaxYearAndOfAllYearsIsTheSameAsBefore() throws IOException {
        for (Optional<TaxYear> year : yearsAndAll()) {
            Path now = files.resolve("now.csv");
            Path then = files.resolve("before.csv");

            export.export(now, year, Progress.NONE);
            before.writeCsv(statements.ledger(year), then);

            assertThat(Files.readString(now)).as("the ledger of %s", year).isEqualTo(Files.readString(then));
        }
    }

    @Test
    void ledgerAlreadyReadIsWrittenAsBefore() throws IOException {
        PaymentLedger ledger = statements.ledger(Optional.of(TaxYear.starting(2026)));
        Path now = files.resolve("now.xlsx");
        Path then = files.resolve("before.xlsx");

        export.write(ledger, now, LedgerFormat.XLSX, Progress.NONE);
        before.writeWorkbook(ledger, then);

        assertThat(describe(now)).containsExactlyElementsOf(describe(then));
    }

    @Test
    void ledgerSheetOfExportAllDataHoldsTheSameCellsAsBefore() throws IOException {
        try (SXSSFWorkbook now = StreamingWorkbooks.PLAIN.create();
             SXSSFWorkbook then = StreamingWorkbooks.PLAIN.create()) {
            int count = export.writeSheet(now, new SheetCells(now), "Claim lines", Progress.NONE);
            before.fill(then, new SheetCells(then), "Claim lines", statements.ledger(Optional.empty()));

            assertThat(count).isEqualTo(statements.ledger(Optional.empty()).lines().size());
            assertThat(describe(saved(now, files.resolve("now.xlsx"))))
                    .containsExactlyElementsOf(describe(saved(then, files.resolve("before.xlsx"))));
        }
    }

    @Test
    void taxYearTotalsAreTheSumsOfTheYearsLinesToThePenny() {
        boolean someRejected = false;
        for (TaxYear year : YEARS) {
            PaymentLedger ledger = statements.ledger(Optional.of(year));

            LedgerTotals totals = statements.taxYearTotals(year);

            assertThat(totals).isEqualTo(new LedgerTotals(ledger.lines().size(), ledger.owed(),
                    ledger.paidByOrganisation(), ledger.total(), ledger.hasRejected()));
            assertThat(totals.total().isZero()).isFalse();
            assertThat(totals.owed().plus(totals.paidByOrganisation())).isEqualTo(totals.total());
            someRejected |= totals.hasRejected();
        }
        assertThat(someRejected).isTrue();
        PaymentLedger all = statements.ledger(Optional.empty());
        assertThat(statements.ledgerTotals(Optional.empty())).isEqualTo(all.totals())
                .extracting(LedgerTotals::total).isEqualTo(all.total());
        assertThat(statements.taxYearTotals(TaxYear.starting(2030)))
                .isEqualTo(new LedgerTotals(0, Money.ZERO, Money.ZERO, Money.ZERO, false));
    }

    private static List<Optional<TaxYear>> yearsAndAll() {
        List<Optional<TaxYear>> years = new ArrayList<>(YEARS.stream().map(Optional::of).toList());
        years.add(Optional.empty());
        return years;
    }

    private static Path saved(Workbook workbook, Path file) throws IOException {
        try (var out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    /** Everything a person could see in the file's sheets, one line per fact, for comparison. */
    private static List<String> describe(Path file) throws IOException {
        List<String> facts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                XSSFSheet xssf = (XSSFSheet) sheet;
                facts.add("sheet " + sheet.getSheetName());
                facts.add("frozen " + sheet.getPaneInformation().isFreezePane() + " "
                        + sheet.getPaneInformation().getHorizontalSplitPosition());
                facts.add("filter " + xssf.getCTWorksheet().getAutoFilter().getRef());
                for (int c = 0; c < PaymentLedgerExportService.Column.values().length; c++) {
                    facts.add("width " + c + " " + sheet.getColumnWidth(c));
                }
                facts.add("last row " + sheet.getLastRowNum());
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row == null) {
                        facts.add(r + ": no row");
                        continue;
                    }
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        facts.add(r + "," + c + ": " + cell(workbook, row.getCell(c)));
                    }
                }
            }
        }
        return facts;
    }

    private static String cell(Workbook workbook, Cell cell) {
        if (cell == null) {
            return "none";
        }
        String value = switch (cell.getCellType()) {
            case STRING -> "text " + cell.getStringCellValue();
            case NUMERIC -> "number " + cell.getNumericCellValue();
            case BOOLEAN -> "yes/no " + cell.getBooleanCellValue();
            case FORMULA -> "formula " + cell.getCellFormula();
            default -> cell.getCellType().name();
        };
        var style = cell.getCellStyle();
        return value + " | format " + style.getDataFormatString() + " | quoted " + style.getQuotePrefixed()
                + " | bold " + workbook.getFontAt(style.getFontIndex()).getBold();
    }

    private static LineInput randomLine(Random random) {
        ClaimCategory category = ClaimCategory.values()[random.nextInt(ClaimCategory.values().length)];
        LineInput line = switch (category.basis()) {
            case FEE -> {
                FeeUnit unit = FeeUnit.values()[random.nextInt(FeeUnit.values().length)];
                yield LineInput.fee(unit, unit == FeeUnit.HOURS
                        ? BigDecimal.valueOf(1 + random.nextInt(32)).divide(BigDecimal.valueOf(4))
                        : BigDecimal.valueOf(1 + random.nextInt(3)));
            }
            case MILEAGE -> LineInput.mileage(BigDecimal.valueOf(1 + random.nextInt(3000), 1), random.nextInt(3));
            case HOURLY -> LineInput.hours(category, BigDecimal.valueOf(1 + random.nextInt(40)).divide(
                    BigDecimal.valueOf(4)));
            case AT_COST -> LineInput.cost(category, TEXTS.get(random.nextInt(TEXTS.size())),
                    Money.of(BigDecimal.valueOf(1 + random.nextInt(category == ClaimCategory.SUBSISTENCE ? 250 : 50_000), 2)));
        };
        return line.paidByOrganisation(random.nextInt(5) == 0);
    }
}
