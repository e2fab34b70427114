package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.demo.ExampleDataService;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The example year of claims, filled once into a fresh folder (today is 26 November 2026). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleClaimsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir static Path dataDir;
    private TestServices test;
    private List<Claim> all;
    private long fillMillis;

    @BeforeAll
    void fill() {
        test = TestServices.open(dataDir);
        long start = System.nanoTime();
        test.services().exampleData().fill();
        fillMillis = (System.nanoTime() - start) / 1_000_000;
        ClaimService claims = test.services().claims();
        all = claims.list(ClaimFilter.ALL).stream().map(s -> claims.find(s.id()).orElseThrow()).toList();
    }

    @AfterAll
    void close() {
        test.close();
    }

    private List<ClaimLine> lines() {
        return all.stream().flatMap(c -> c.lines().stream()).toList();
    }

    @Test
    void fillsAYearWithAFewHundredClaims() {
        assertThat(all).hasSizeBetween(150, 250);
        assertThat(all).allMatch(c -> !c.activityDate().isBefore(TODAY.minusYears(1))
                && !c.activityDate().isAfter(TODAY));
        assertThat(all.stream().map(Claim::personId).distinct().count()).isGreaterThan(20);
        System.out.println("Example data added in " + fillMillis + " ms");
    }

    @Test
    void setsABudgetForThisTaxYearThatTheExampleSpendingFitsMostly() {
        BudgetReport report = test.services().budget().report(TaxYear.of(TODAY));
        assertThat(report.saved()).isTrue();
        assertThat(report.total().over()).isFalse();
        assertThat(report.lines()).filteredOn(line -> !line.budget().isZero()).hasSize(ClaimCategory.values().length);
    }

    @Test
    void leavesTheFolderNoLongerEmptySoExamplesAreNotAddedTwice() {
        assertThat(test.services().exampleData().isEmpty()).isFalse();
        assertThatThrownBy(() -> test.services().exampleData().fill())
                .isInstanceOf(ExampleDataService.NotEmptyException.class);
        assertThat(test.services().claims().list(ClaimFilter.ALL)).hasSameSizeAs(all);
    }

    @Test
    void addsLowerEarlierRatesAndActivityFeesToBothSets() {
        PaymentPolicyService policy = test.services().paymentPolicy();
        PaymentRates earlier = policy.ratesOn(LocalDate.of(2026, 4, 5)).orElseThrow();
        PaymentRates shipped = policy.ratesOn(LocalDate.of(2026, 4, 6)).orElseThrow();
        assertThat(earlier.effectiveFrom()).isEqualTo(ExampleClaims.EARLIER_RATES_FROM);
        assertThat(earlier.feeHourly()).isLessThan(shipped.feeHourly());
        assertThat(earlier.feeDay()).isLessThan(shipped.feeDay());
        assertThat(policy.activityTypesOn(LocalDate.of(2025, 12, 1)))
                .contains(ExampleClaims.INTERVIEW_PANEL, ExampleClaims.TRAINING);
        assertThat(policy.activityTypesOn(TODAY)).contains(ExampleClaims.INTERVIEW_PANEL, ExampleClaims.TRAINING);
        assertThat(all).anyMatch(c -> c.activityDate().isBefore(shipped.effectiveFrom()) && c.fees().amount().signum() > 0);
    }

    @Test
    void hasEveryStatusWithMostPaidAndTwoRejectedWithReasons() {
        Map<ClaimStatus, Long> byStatus = new HashMap<>();
        all.forEach(c -> byStatus.merge(c.status(), 1L, Long::sum));
        assertThat(byStatus.get(ClaimStatus.PAID)).isGreaterThan(all.size() * 3L / 4);
        assertThat(byStatus.get(ClaimStatus.DRAFT)).isBetween(1L, 2L);
        assertThat(byStatus.get(ClaimStatus.REJECTED)).isEqualTo(2L);
        assertThat(byStatus.getOrDefault(ClaimStatus.SUBMITTED, 0L) + byStatus.getOrDefault(ClaimStatus.APPROVED, 0L))
                .isGreaterThanOrEqualTo(3L);
        assertThat(all.stream().filter(c -> c.status() == ClaimStatus.REJECTED).map(Claim::rejectedReason))
                .allMatch(reason -> reason != null && !reason.isBlank())
                .anyMatch(reason -> reason.startsWith("Claimed twice"));
    }

    @Test
    void paysMostWithinTheTargetSomeLateAndLeavesSomeWaitingPastIt() {
        List<Claim> paid = all.stream().filter(c -> c.status() == ClaimStatus.PAID).toList();
        long onTime = paid.stream().filter(c -> daysToPay(c) <= 14).count();
        long late = paid.stream().filter(c -> daysToPay(c) >= 20 && daysToPay(c) <= 40).count();
        assertThat(onTime).isGreaterThan(paid.size() * 3L / 4);
        assertThat(late).isGreaterThanOrEqualTo(5);
        assertThat(paid).allMatch(c -> !c.paidOn().isBefore(c.submittedOn()) && !c.paidOn().isAfter(TODAY));

        List<ClaimSummary> waiting = test.services().claims().list(ClaimFilter.ALL).stream()
                .filter(s -> s.status().isWaiting()).toList();
        assertThat(waiting).hasSizeGreaterThanOrEqualTo(3);
        assertThat(waiting).anyMatch(s -> s.daysWaiting() > 14);
    }

    private static long daysToPay(Claim claim) {
        return ChronoUnit.DAYS.between(claim.activityDate(), claim.paidOn());
    }

    @Test
    void holdsTheUsualMixOfFeesAndCosts() {
        assertThat(lines()).extracting(ClaimLine::category).contains(ClaimCategory.values());
        assertThat(lines()).filteredOn(l -> l.category() == ClaimCategory.FEE).extracting(ClaimLine::feeUnit)
                .contains(FeeUnit.HOURS, FeeUnit.HALF_DAYS, FeeUnit.DAYS);
        assertThat(lines()).anyMatch(l -> l.category() == ClaimCategory.MILEAGE && l.passengers() > 0);
        assertThat(lines()).filteredOn(l -> l.category() == ClaimCategory.INTERPRETER).hasSize(1);
        assertThat(lines()).anyMatch(l -> l.paidByOrganisation() && l.category() == ClaimCategory.PUBLIC_TRANSPORT);
        PaymentPolicyService policy = test.services().paymentPolicy();
        for (Claim claim : all) {
            Money limit = policy.ratesOn(claim.activityDate()).orElseThrow().subsistenceLimitDay();
            Money lunch = claim.lines().stream().filter(l -> l.category() == ClaimCategory.SUBSISTENCE)
                    .map(ClaimLine::amount).reduce(Money.ZERO, Money::plus);
            assertThat(lunch).isLessThanOrEqualTo(limit);
        }
    }

    @Test
    void paysInterviewPanelsAndTrainingAtTheirOwnFees() {
        PaymentPolicyService policy = test.services().paymentPolicy();
        List<Claim> special = all.stream().filter(c -> !c.activityType().isEmpty()).toList();
        assertThat(special).extracting(Claim::activityType)
                .contains(ExampleClaims.INTERVIEW_PANEL, ExampleClaims.TRAINING, ExampleClaims.CONSULTATION_EVENT);
        for (Claim claim : all) {
            FeeRates rates = policy.feesOn(claim.activityDate(), claim.activityType()).orElseThrow();
            claim.lines().stream().filter(l -> l.category() == ClaimCategory.FEE).forEach(fee ->
                    assertThat(fee.amount()).isEqualTo(rates.per(fee.feeUnit()).times(fee.quantity())));
        }
        FeeRates general = policy.ratesOn(TODAY).orElseThrow().generalFees();
        assertThat(special).filteredOn(c -> c.activityType().equals(ExampleClaims.INTERVIEW_PANEL))
                .flatExtracting(Claim::lines).filteredOn(l -> l.category() == ClaimCategory.FEE
                        && l.feeUnit() == FeeUnit.DAYS)
                .anyMatch(l -> !l.amount().equals(general.day()));
    }

    @Test
    void correctsOnePaidClaimWithAReason() {
        List<Claim> adjusted = all.stream().filter(c -> c.lines().stream().anyMatch(ClaimLine::isAdjustment)).toList();
        assertThat(adjusted).hasSize(1);
        assertThat(adjusted.getFirst().status()).isEqualTo(ClaimStatus.PAID);
        assertThat(adjusted.getFirst().lines()).filteredOn(ClaimLine::isAdjustment)
                .allMatch(l -> !l.adjustmentReason().isBlank());
    }

    @Test
    void keepsToEachPersonsPreferences() {
        PaymentPreferencesService preferences = test.services().paymentPreferences();
        List<Claim> decliners = all.stream().filter(c -> preferences.find(c.personId()).declinesFees()).toList();
        assertThat(decliners).isNotEmpty().allMatch(c -> c.fees().isZero());
        all.stream().filter(c -> c.status() == ClaimStatus.PAID).forEach(c -> {
            PaymentMethod chosen = preferences.find(c.personId()).method();
            assertThat(c.paymentMethod()).isEqualTo(chosen == null ? PaymentMethod.BANK_TRANSFER : chosen);
        });
    }

    @Test
    void keepsTheEsaExampleNearButWithinTheWeeklyLimit() {
        PaymentPreferencesService preferences = test.services().paymentPreferences();
        Map<String, Money> weekly = new HashMap<>();
        Money esaLimit = null;
        for (Claim claim : all) {
            if (!claim.status().counts()) {
                continue;
            }
            var limit = preferences.weeklyOrYearlyLimitOn(claim.personId(), claim.activityDate());
            if (limit.isPresent() && limit.get().period() == LimitPeriod.WEEK) {
                String week = claim.personId() + "/" + claim.activityDate().with(DayOfWeek.MONDAY);
                Money total = weekly.merge(week, claim.fees(), Money::plus);
                assertThat(total).as(week).isLessThanOrEqualTo(limit.get().amount());
                if (limit.get().kind() == EarningsLimit.ESA_PERMITTED_WORK) {
                    esaLimit = limit.get().amount();
                }
            }
        }
        assertThat(esaLimit).isNotNull();
        Money limit = esaLimit;
        assertThat(weekly.values()).anyMatch(total -> total.compareTo(limit.minus(Money.of("25.00"))) >= 0
                && total.compareTo(limit) <= 0);
    }

    @Test
    void addsUpEveryClaim() {
        List<ClaimSummary> summaries = test.services().claims().list(ClaimFilter.ALL);
        Map<Long, ClaimSummary> byId = new HashMap<>();
        summaries.forEach(s -> byId.put(s.id(), s));
        for (Claim claim : all) {
            assertThat(claim.owed().plus(claim.paidByOrganisation())).isEqualTo(claim.totalCost());
            assertThat(byId.get(claim.id()).owed()).isEqualTo(claim.owed());
            assertThat(claim.lines()).isNotEmpty().allMatch(l -> l.amount().amount().signum() > 0);
        }
    }
}
