package org.fourpi.toolkit.common.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsEveryAmountToThePenny() {
        assertThat(Money.of("12.5").amount()).isEqualByComparingTo("12.50").hasScaleOf(2);
        assertThat(Money.of("12.5")).isEqualTo(Money.of("12.50"));
    }

    @Test
    void roundsHalfPenniesUp() {
        assertThat(Money.of("0.005")).isEqualTo(Money.of("0.01"));
        assertThat(Money.of("2.344")).isEqualTo(Money.of("2.34"));
        assertThat(Money.of("0.45").times(new BigDecimal("12.3"))).isEqualTo(Money.of("5.54"));
    }

    @Test
    void addsAndSubtractsExactly() {
        Money total = Money.ZERO;
        for (int i = 0; i < 10; i++) {
            total = total.plus(Money.of("0.10"));
        }
        assertThat(total).isEqualTo(Money.of("1.00"));
        assertThat(Money.of("5.00").minus(Money.of("7.25"))).isEqualTo(Money.of("-2.25"));
        assertThat(Money.of("5.00").minus(Money.of("7.25")).isNegative()).isTrue();
        assertThat(Money.ZERO.isNegative()).isFalse();
    }

    @Test
    void showsAmountsAsPeopleInTheUkWriteThem() {
        assertThat(Money.of("1234.5").format(Locale.UK)).isEqualTo("£1,234.50");
        assertThat(Money.of("0.45").format(Locale.UK)).isEqualTo("£0.45");
        assertThat(Money.of("1000000").format(Locale.UK)).isEqualTo("£1,000,000.00");
        assertThat(Money.of("-3").format(Locale.UK)).isEqualTo("-£3.00");
    }
}
