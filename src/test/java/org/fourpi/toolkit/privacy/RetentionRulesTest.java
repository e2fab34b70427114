package org.fourpi.toolkit.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RetentionRulesTest {

    @Test
    void keepsPaymentsSixYearsAfterTheEndOfTheFinancialYear() {
        assertThat(RetentionRules.keepPaymentUntil(LocalDate.of(2020, 3, 31))).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(RetentionRules.keepPaymentUntil(LocalDate.of(2020, 4, 1))).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(RetentionRules.paymentPassed(LocalDate.of(2020, 3, 15), LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(RetentionRules.paymentPassed(LocalDate.of(2020, 3, 15), LocalDate.of(2026, 4, 1))).isTrue();
    }
}
