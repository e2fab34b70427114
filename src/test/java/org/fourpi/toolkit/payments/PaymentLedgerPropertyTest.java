package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of random claims, made through the claims service: the ledger's totals always equal the
 * sum of its lines and of the claims' own totals, to the penny, in the program and in the workbook.
 */
class PaymentLedgerPropertyTest {

    private static final int CLAIMS = 1500;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 4, 6);
    private static final LocalDate LAST_DAY = LocalDate.of(2027, 11, 25);
    private static final ClaimStatus[] STATUSES = ClaimStatus.values();

    @TempDir Path dataDir;
    @TempDir Path files;

    @Test
    void ledgerTotalsEqualTheSumOfItsLinesAndOfTheClaimsToThePenny() throws IOException {
        Random random = new Random(20261126L);
        try (TestServices test = TestServices.open(dataDir)) {
            StatementFixtures fixtures = new StatementFixtures(test);
            ClaimService claims = test.services().claims();
            List<Long> people = List.of(fixtures.person("Samira", "Okafor"), fixtures.person("Tom", "Hughes"),
                    fixtures.person("Ade", "Bello"), fixtures.person("Mary", "O'Neill"));
            List<Claim> made = new ArrayList<>();
            int days = (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
            for (int i = 0; i < CLAIMS; i++) {
                long person = people.get(random.nextInt(people.size()));
                LocalDate date = FIRST_DAY.plusDays(random.nextInt(days + 1));
                List<LineInput> lines = new ArrayList<>();
                int count = 1 + random.nextInt(4);
                for (int l = 0; l < count; l++) {
                    lines.add(randomLine(random));
                }
                Claim claim = fixtures.draft(person, "Activity " + i, date, lines.toArray(LineInput[]::new));
                ClaimStatus status = STATUSES[random.nextInt(STATUSES.length)];
                if (status != ClaimStatus.DRAFT) {
                    claim = claims.submit(claim.id(), StatementFixtures.PAID_ON.minusDays(10));
                }
                if (status == ClaimStatus.APPROVED || status == ClaimStatus.PAID) {
                    claim = claims.approve(claim.id(), StatementFixtures.PAID_ON.minusDays(5));
                }
                if (status == ClaimStatus.PAID) {
                    claim = claims.markPaid(claim.id(), StatementFixtures.PAID_ON, PaymentMethod.CASH, "");
                    if (random.nextInt(3) == 0) {
                        claim = claims.addAdjustment(claim.id(), adjustment(random), "Correction " + i);
                    }
                }
                if (status == ClaimStatus.REJECTED) {
                    claim = claims.reject(claim.id(), "Not for this activity");
                }
                made.add(claim);
            }

            List<Claim> counted = made.stream().filter(c -> c.status().counts()).toList();
            assertThat(made).extracting(Claim::status).contains(STATUSES);
            Money claimsTotal = sum(counted.stream().map(Claim::totalCost).toList());
            Money claimsOwed = sum(counted.stream().map(Claim::owed).toList());
            Money claimsPaidByUs = sum(counted.stream().map(Claim::paidByOrganisation).toList());

            PaymentStatementService statements = test.services().paymentStatements();
            PaymentLedger ledger = statements.ledger(Optional.empty());
            Money linesTotal = sum(ledger.lines().stream().filter(LedgerLine::counts).map(LedgerLine::amount).toList());

            assertThat(ledger.lines()).hasSizeGreaterThan(CLAIMS);
            assertThat(ledger.lines()).noneMatch(l -> l.status() == ClaimStatus.DRAFT);
            assertThat(ledger.total()).isEqualTo(linesTotal).isEqualTo(claimsTotal);
            assertThat(ledger.owed()).isEqualTo(claimsOwed);
            assertThat(ledger.paidByOrganisation()).isEqualTo(claimsPaidByUs);
            assertThat(ledger.owed().plus(ledger.paidByOrganisation())).isEqualTo(ledger.total());

            // Split by tax year, and by person within each year, nothing is lost or counted twice.
            Money byYear = Money.ZERO;
            Money byStatement = Money.ZERO;
            for (TaxYear year : List.of(TaxYear.starting(2026), TaxYear.starting(2027))) {
                byYear = byYear.plus(statements.ledger(Optional.of(year)).total());
                for (long person : people) {
                    PaymentStatement statement = statements.statement(person, year);
                    assertThat(statement.paid().plus(statement.toPay())).isEqualTo(statement.owed());
                    assertThat(statement.fees().plus(statement.expenses())).isEqualTo(statement.owed());
                    byStatement = byStatement.plus(statement.owed()).plus(statement.paidByOrganisation());
                }
            }
            assertThat(byYear).isEqualTo(ledger.total());
            assertThat(byStatement).isEqualTo(ledger.total());

            Path file = files.resolve("ledger.xlsx");
            test.services().paymentLedgerExport().write(ledger, file, LedgerFormat.XLSX, Progress.NONE);
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
                XSSFSheet sheet = workbook.getSheetAt(0);
                BigDecimal cells = BigDecimal.ZERO.setScale(2);
                int rows = ledger.lines().size();
                for (int r = 1; r <= rows; r++) {
                    Row row = sheet.getRow(r);
                    if (!row.getCell(11).getStringCellValue().equals("Rejected")) {
                        cells = cells.add(pounds(row.getCell(8).getNumericCellValue()));
                    }
                }
                assertThat(cells).isEqualTo(ledger.total().amount());
                assertThat(pounds(sheet.getRow(rows + 2).getCell(8).getNumericCellValue())).isEqualTo(claimsOwed.amount());
                assertThat(pounds(sheet.getRow(rows + 3).getCell(8).getNumericCellValue())).isEqualTo(claimsPaidByUs.amount());
                assertThat(pounds(sheet.getRow(rows + 4).getCell(8).getNumericCellValue())).isEqualTo(claimsTotal.amount());
            }
        }
    }

    private static LineInput randomLine(Random random) {
        ClaimCategory category = ClaimCategory.values()[random.nextInt(ClaimCategory.values().length)];
        LineInput line = switch (category.basis()) {
            case FEE -> {
                FeeUnit unit = FeeUnit.values()[random.nextInt(FeeUnit.values().length)];
                BigDecimal quantity = unit == FeeUnit.HOURS ? quarters(random, 1, 32) : BigDecimal.valueOf(1 + random.nextInt(3));
                yield LineInput.fee(unit, quantity);
            }
            case MILEAGE -> LineInput.mileage(BigDecimal.valueOf(1 + random.nextInt(3000), 1), random.nextInt(3));
            case HOURLY -> LineInput.hours(category, quarters(random, 1, 40));
            case AT_COST -> LineInput.cost(category, "Spent " + random.nextInt(100), pence(random,
                    category == ClaimCategory.SUBSISTENCE ? 250 : 50_000));
        };
        return line.paidByOrganisation(random.nextInt(5) == 0);
    }

    private static LineInput adjustment(Random random) {
        int pence = 1 + random.nextInt(5000);
        Money amount = Money.of(BigDecimal.valueOf(random.nextBoolean() ? pence : -pence, 2));
        return LineInput.cost(ClaimCategory.OTHER, "", amount).paidByOrganisation(random.nextInt(5) == 0);
    }

    /** A quarter-hour quantity from {@code min} to {@code max} quarters. */
    private static BigDecimal quarters(Random random, int min, int max) {
        return BigDecimal.valueOf(min + random.nextInt(max - min + 1)).divide(BigDecimal.valueOf(4));
    }

    private static Money pence(Random random, int most) {
        return Money.of(BigDecimal.valueOf(1 + random.nextInt(most), 2));
    }

    private static BigDecimal pounds(double cell) {
        return new BigDecimal(Double.toString(cell)).setScale(2, RoundingMode.HALF_UP);
    }

    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.ZERO, Money::plus);
    }
}
