package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetServiceTest {

    static final TaxYear YEAR = TaxYear.starting(2026);
    static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

    @TempDir Path dataDir;
    private TestServices test;
    private PaymentsReportFixture claims;
    private BudgetService budget;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        claims = new PaymentsReportFixture(test);
        budget = test.services().budget();
    }

    @AfterEach
    void close() {
        test.close();
    }

    static LineInput taxi(String amount) {
        return LineInput.cost(ClaimCategory.TAXI, "", Money.of(amount));
    }

    static LineInput hours(String hours) {
        return LineInput.fee(FeeUnit.HOURS, new BigDecimal(hours));
    }

    @Test
    void setsSpentBesideCommittedAndLeavesOutDraftsAndRejectedClaims() {
        budget.save(YEAR, Map.of(ClaimCategory.FEE, Money.of("1000.00"), ClaimCategory.TAXI, Money.of("100.00")));
        Claim paid = claims.paidAfter(MAY_1, 10, hours("2"), taxi("30.00").paidByOrganisation(true));
        claims.claims().addAdjustment(paid.id(), taxi("5.00"), "The taxi cost more");
        claims.approved(MAY_1, taxi("50.00"));
        claims.submitted(MAY_1, hours("1"));
        claims.draft(MAY_1, taxi("500.00"));
        claims.rejected(MAY_1, taxi("400.00"));
        // An activity in the tax year before, though paid in this one.
        claims.paidOn(LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 10), taxi("70.00"));

        BudgetReport report = budget.report(YEAR);

        BudgetReport.Line fees = report.lines().get(ClaimCategory.FEE.ordinal());
        assertThat(fees.spent()).isEqualTo(Money.of("40.00"));
        assertThat(fees.committed()).isEqualTo(Money.of("20.00"));
        assertThat(fees.left()).isEqualTo(Money.of("940.00"));
        BudgetReport.Line taxis = report.lines().get(ClaimCategory.TAXI.ordinal());
        assertThat(taxis.spent()).isEqualTo(Money.of("35.00"));
        assertThat(taxis.committed()).isEqualTo(Money.of("50.00"));
        assertThat(taxis.left()).isEqualTo(Money.of("15.00"));
        assertThat(report.total()).isEqualTo(new BudgetReport.Line(null, Money.of("1100.00"), Money.of("75.00"),
                Money.of("70.00")));
        assertThat(report.saved()).isTrue();
        assertThat(budget.report(TaxYear.starting(2025)).lines().get(ClaimCategory.TAXI.ordinal()).spent())
                .isEqualTo(Money.of("70.00"));
    }

    @Test
    void isOverBudgetWhenSpentAndCommittedPassTheBudget() {
        budget.save(YEAR, Map.of(ClaimCategory.TAXI, Money.of("50.00")));
        claims.paidAfter(MAY_1, 3, taxi("40.00"));
        claims.submitted(MAY_1, taxi("30.00"));

        BudgetReport.Line taxis = budget.report(YEAR).lines().get(ClaimCategory.TAXI.ordinal());
        assertThat(taxis.left()).isEqualTo(Money.of("-20.00"));
        assertThat(taxis.over()).isTrue();
        BudgetReport.Line parking = budget.report(YEAR).lines().get(ClaimCategory.PARKING.ordinal());
        assertThat(parking.budget()).isEqualTo(Money.ZERO);
        assertThat(parking.over()).isFalse();
    }

    @Test
    void savesTheWholeBudgetInPlaceOfTheOldOne() {
        budget.save(YEAR, Map.of(ClaimCategory.FEE, Money.of("1000.00"), ClaimCategory.TAXI, Money.of("100.00")));
        budget.save(YEAR, Map.of(ClaimCategory.FEE, Money.of("1200.00")));

        assertThat(budget.amounts(YEAR)).containsExactly(Map.entry(ClaimCategory.FEE, Money.of("1200.00")));
        assertThat(budget.amounts(TaxYear.starting(2025))).isEmpty();
        assertThat(budget.report(TaxYear.starting(2025)).saved()).isFalse();
    }

    @Test
    void refusesABudgetBelowNothingOrAboveAMillionAndSavesNoneOfIt() {
        budget.save(YEAR, Map.of(ClaimCategory.FEE, Money.of("1000.00")));

        assertThatThrownBy(() -> budget.save(YEAR, Map.of(ClaimCategory.FEE, Money.of("2000.00"),
                ClaimCategory.TAXI, Money.of("-1.00"), ClaimCategory.PARKING, Money.of("1000000.01"))))
                .isInstanceOfSatisfying(InvalidBudgetException.class, e -> assertThat(e.problems()).isEqualTo(Map.of(
                        ClaimCategory.TAXI, BudgetProblem.OUT_OF_RANGE, ClaimCategory.PARKING, BudgetProblem.OUT_OF_RANGE)));

        assertThat(budget.amounts(YEAR)).containsExactly(Map.entry(ClaimCategory.FEE, Money.of("1000.00")));
        budget.save(YEAR, Map.of(ClaimCategory.PARKING, Money.of("1000000.00")));
        assertThat(budget.amounts(YEAR)).containsEntry(ClaimCategory.PARKING, Money.of("1000000.00"));
    }

    @Test
    void readsBudgetsTypedWithOrWithoutPoundsAndCommas() {
        assertThat(BudgetService.check("£1,250.00")).isNull();
        assertThat(BudgetService.parse("£1,250.00")).isEqualTo(Money.of("1250.00"));
        assertThat(BudgetService.check("1250")).isNull();
        assertThat(BudgetService.parse("1250")).isEqualTo(Money.of("1250.00"));
        assertThat(BudgetService.check(" ")).isNull();
        assertThat(BudgetService.parse(" ")).isEqualTo(Money.ZERO);
        assertThat(BudgetService.check("twelve")).isEqualTo(BudgetProblem.NOT_AN_AMOUNT);
        assertThat(BudgetService.check("12.345")).isEqualTo(BudgetProblem.NOT_AN_AMOUNT);
        assertThat(BudgetService.check("-5")).isEqualTo(BudgetProblem.OUT_OF_RANGE);
        assertThat(BudgetService.check("£1,000,000.01")).isEqualTo(BudgetProblem.OUT_OF_RANGE);
        assertThat(BudgetService.check("1000000")).isNull();
    }
}
