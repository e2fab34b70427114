package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentPolicyServiceTest {

    static final LocalDate APRIL_2027 = LocalDate.of(2027, 4, 6);

    @TempDir Path dataDir;
    private TestServices test;
    private PaymentPolicyService policy;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        policy = test.services().paymentPolicy();
    }

    @AfterEach
    void close() {
        test.close();
    }

    static PaymentRates raisedRates(LocalDate from) {
        return MileageTest.HMRC.withEffectiveFrom(from);
    }

    @Test
    void shipsStartingRatesWithHmrcMileageFromSixthApril2026() {
        PaymentRates rates = policy.ratesOn(LocalDate.of(2026, 6, 1)).orElseThrow();
        assertThat(rates.effectiveFrom()).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(rates.mileageFirst10000()).isEqualTo(Money.of("0.45"));
        assertThat(rates.mileageAfter10000()).isEqualTo(Money.of("0.25"));
        assertThat(rates.mileagePerPassenger()).isEqualTo(Money.of("0.05"));
        assertThat(rates.targetDaysToPay()).isEqualTo(14);
        assertThat(policy.policyText()).contains("example");
        assertThat(policy.ratesOn(LocalDate.of(2026, 4, 5))).isEmpty();
        assertThat(rates.esaWeeklyLimit()).isEqualTo(Money.of("195.50"));
        assertThat(rates.carersAllowanceWeeklyLimit()).isEqualTo(Money.of("196.00"));
        assertThat(rates.tradingAllowance()).isEqualTo(Money.of("1000.00"));
    }

    @Test
    void changesRatesOnTheirEffectiveDate() {
        PaymentRates higher = new PaymentRates(APRIL_2027, Money.of("22.00"), Money.of("60.00"), Money.of("120.00"),
                Money.of("0.45"), Money.of("0.25"), Money.of("0.05"), Money.of("12.50"), Money.of("15.50"),
                Money.of("15.50"), Money.of("12.00"), 10, Money.of("200.00"), Money.of("201.00"), Money.of("1000.00"));
        policy.save(higher);

        assertThat(policy.ratesOn(APRIL_2027.minusDays(1)).orElseThrow().feeHourly()).isEqualTo(Money.of("20.00"));
        assertThat(policy.ratesOn(APRIL_2027).orElseThrow()).isEqualTo(higher);
        assertThat(policy.ratesOn(LocalDate.of(2030, 1, 1)).orElseThrow().targetDaysToPay()).isEqualTo(10);
        assertThat(policy.rateSets()).extracting(PaymentRates::effectiveFrom)
                .containsExactly(APRIL_2027, LocalDate.of(2026, 4, 6));
        assertThat(policy.ratesOn(APRIL_2027.minusDays(1)).orElseThrow().carersAllowanceWeeklyLimit())
                .isEqualTo(Money.of("196.00"));
        assertThat(policy.ratesOn(APRIL_2027).orElseThrow().carersAllowanceWeeklyLimit()).isEqualTo(Money.of("201.00"));
    }

    @Test
    void refusesASecondSetOnTheSameDate() {
        policy.save(raisedRates(APRIL_2027));
        assertThatThrownBy(() -> policy.save(raisedRates(APRIL_2027)))
                .isInstanceOfSatisfying(InvalidRatesException.class, e -> assertThat(e.problems())
                        .containsEntry(RateField.EFFECTIVE_FROM, RateProblem.DATE_TAKEN));
        assertThat(policy.rateSets()).hasSize(2);
    }

    @Test
    void refusesNegativeOrHugeAmountsLimitsOverAHundredThousandAndTargetsOutsideOneToNinetyDays() {
        PaymentRates bad = new PaymentRates(null, Money.of("-1.00"), Money.of("10000.01"), Money.of("10000.00"),
                Money.of("0.00"), Money.of("0.25"), Money.of("0.05"), Money.of("12"), Money.of("15"),
                Money.of("15"), Money.of("10"), 91, Money.of("100000.01"), Money.of("100000.00"), Money.of("0.00"));
        assertThatThrownBy(() -> policy.save(bad))
                .isInstanceOfSatisfying(InvalidRatesException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys(RateField.EFFECTIVE_FROM, RateField.FEE_HOURLY, RateField.FEE_HALF_DAY,
                                RateField.TARGET_DAYS_TO_PAY, RateField.ESA_WEEKLY_LIMIT)
                        .containsEntry(RateField.FEE_HOURLY, RateProblem.AMOUNT_OUT_OF_RANGE)
                        .containsEntry(RateField.ESA_WEEKLY_LIMIT, RateProblem.AMOUNT_OUT_OF_RANGE)
                        .containsEntry(RateField.TARGET_DAYS_TO_PAY, RateProblem.DAYS_OUT_OF_RANGE));
        assertThat(policy.rateSets()).hasSize(1);
    }

    @Test
    void keepsThePolicyTextItWasGiven() {
        policy.savePolicyText("  We pay £20 an hour and all travel costs.\nWe pay within 14 days.  ");
        assertThat(policy.policyText()).isEqualTo("We pay £20 an hour and all travel costs.\nWe pay within 14 days.");
        policy.savePolicyText("Changed.");
        assertThat(policy.policyText()).isEqualTo("Changed.");
    }
}
