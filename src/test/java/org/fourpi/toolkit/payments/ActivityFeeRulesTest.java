package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one rule for fees for particular activities, as the service applies it when saving. */
class ActivityFeeRulesTest {

    private static final LocalDate SHIPPED = LocalDate.of(2026, 4, 6);

    @TempDir Path dataDir;

    private static ActivityFee fee(String name, String hourly, String halfDay, String day) {
        return new ActivityFee(name, new FeeRates(Money.of(hourly), Money.of(halfDay), Money.of(day)));
    }

    @Test
    void findsEveryProblemWithItsRowAndField() {
        List<ActivityFeeProblem> problems = ActivityFeeRules.check(List.of(
                fee("Training", "20", "60", "120"),
                fee("TRAINING", "-1", "60", "10000.01"),
                fee("", "0", "0", "10000"),
                fee("y".repeat(81), "1", "1", "1")));

        assertThat(problems).containsExactly(
                new ActivityFeeProblem(2, ActivityFeeField.NAME, ActivityFeeProblem.Kind.NAME_REPEATED),
                new ActivityFeeProblem(2, ActivityFeeField.HOURLY, ActivityFeeProblem.Kind.AMOUNT_OUT_OF_RANGE),
                new ActivityFeeProblem(2, ActivityFeeField.DAY, ActivityFeeProblem.Kind.AMOUNT_OUT_OF_RANGE),
                new ActivityFeeProblem(3, ActivityFeeField.NAME, ActivityFeeProblem.Kind.NAME_MISSING),
                new ActivityFeeProblem(4, ActivityFeeField.NAME, ActivityFeeProblem.Kind.NAME_TOO_LONG));
    }

    @Test
    void serviceRefusesFeesThatBreakTheRulesAndSavesNothing() {
        try (TestServices test = TestServices.open(dataDir)) {
            PaymentPolicyService policy = test.services().paymentPolicy();
            policy.saveActivityFees(SHIPPED, List.of(fee("Interview panel", "25", "70", "130")));

            assertThatThrownBy(() -> policy.saveActivityFees(SHIPPED, List.of(
                    fee("Training", "20", "60", "120"), fee(" training ", "20", "60", "120"))))
                    .isInstanceOfSatisfying(InvalidActivityFeesException.class, e -> assertThat(e.problems())
                            .containsExactly(new ActivityFeeProblem(2, ActivityFeeField.NAME,
                                    ActivityFeeProblem.Kind.NAME_REPEATED)));
            assertThatThrownBy(() -> policy.saveActivityFees(SHIPPED, List.of(fee("Training", "20", "10000.01", "1"))))
                    .isInstanceOf(IllegalArgumentException.class);

            assertThat(policy.activityFees(SHIPPED)).containsExactly(fee("Interview panel", "25", "70", "130"));
        }
    }

    @Test
    void serviceSavesFeesAtTheEdgesOfTheRange() {
        try (TestServices test = TestServices.open(dataDir)) {
            PaymentPolicyService policy = test.services().paymentPolicy();
            String longest = "z".repeat(ActivityFee.MAX_TYPE_LENGTH);

            policy.saveActivityFees(SHIPPED, List.of(fee(longest, "0", "0.00", "10000.00")));

            assertThat(policy.feesOn(LocalDate.of(2026, 5, 1), longest).orElseThrow().day())
                    .isEqualTo(Money.of("10000.00"));
        }
    }
}
