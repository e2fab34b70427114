package org.fourpi.toolkit.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.payments.Mileage;
import org.fourpi.toolkit.payments.PaymentRates;
import org.fourpi.toolkit.payments.RateField;
import org.fourpi.toolkit.payments.RateProblem;
import org.fourpi.toolkit.payments.RateRules;

/** Money is exact to the penny whatever the amounts: sums, differences, rounding and refusals. */
class MoneyPropertiesTest {

    /** The HMRC mileage rates: 45p a mile, 25p after 10,000 miles, 5p a passenger. */
    private static final PaymentRates RATES = new PaymentRates(LocalDate.of(2026, 4, 6), Money.of("20.00"),
            Money.of("50.00"), Money.of("100.00"), Money.of("0.45"), Money.of("0.25"), Money.of("0.05"),
            Money.of("10.00"), Money.of("12.00"), Money.of("15.00"), Money.of("10.00"), 14,
            Money.of("195.50"), Money.of("196.00"), Money.of("1000.00"));

    /** Pennies from minus ten million pounds to ten million pounds. */
    @Provide
    Arbitrary<Money> money() {
        return Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L)
                .map(pence -> Money.of(BigDecimal.valueOf(pence, 2)));
    }

    @Provide
    Arbitrary<BigDecimal> anyScaleAmount() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("100000"))
                .ofScale(6);
    }

    @Property(tries = 200)
    void sumsAreExactToThePenny(@ForAll("money") Money a, @ForAll("money") Money b) {
        Money sum = a.plus(b);
        assertThat(sum.amount()).isEqualTo(a.amount().add(b.amount()));
        assertThat(sum.amount().scale()).isEqualTo(2);
        assertThat(sum.minus(b)).isEqualTo(a);
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
    }

    @Property(tries = 200)
    void addingInAnyGroupingGivesTheSameTotal(@ForAll("money") Money a, @ForAll("money") Money b,
                                              @ForAll("money") Money c) {
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    }

    @Property(tries = 100)
    void aLongListAddsUpToThePennyInAnyOrder(@ForAll @Size(max = 300) List<@IntRange(min = -100_000, max = 100_000) Integer> pence) {
        Money forwards = pence.stream().map(p -> Money.of(BigDecimal.valueOf(p, 2))).reduce(Money.ZERO, Money::plus);
        Money backwards = pence.reversed().stream().map(p -> Money.of(BigDecimal.valueOf(p, 2)))
                .reduce(Money.ZERO, Money::plus);
        long exact = pence.stream().mapToLong(Integer::longValue).sum();
        assertThat(forwards.amount()).isEqualTo(BigDecimal.valueOf(exact, 2));
        assertThat(backwards).isEqualTo(forwards);
    }

    @Property(tries = 200)
    void everyAmountIsKeptToThePennyRoundingHalvesAwayFromZero(@ForAll("anyScaleAmount") BigDecimal raw) {
        Money money = Money.of(raw);
        assertThat(money.amount().scale()).isEqualTo(2);
        BigDecimal difference = raw.subtract(money.amount()).abs();
        assertThat(difference).isLessThanOrEqualTo(new BigDecimal("0.005"));
        if (difference.compareTo(new BigDecimal("0.005")) == 0) {
            // Exactly half a penny: the amount moves away from zero.
            assertThat(money.amount().abs()).isGreaterThan(raw.abs());
        }
    }

    @Property(tries = 100)
    void halfAPennyRoundsUp(@ForAll @IntRange(min = -1_000_000, max = 1_000_000) int pence) {
        BigDecimal halfway = BigDecimal.valueOf(pence, 2).add(new BigDecimal("0.005"));
        assertThat(Money.of(halfway).amount()).isEqualTo(halfway.setScale(2, RoundingMode.HALF_UP));
        if (pence >= 0) {
            assertThat(Money.of(halfway).amount()).isEqualTo(BigDecimal.valueOf(pence + 1L, 2));
        }
    }

    @Property(tries = 200)
    void aRateTimesAQuantityIsRoundedOnceNotLineByLine(@ForAll("money") Money rate,
                                                       @ForAll @IntRange(min = 0, max = 10_000) int tenths) {
        BigDecimal quantity = BigDecimal.valueOf(tenths, 1);
        Money total = rate.times(quantity);
        assertThat(total.amount()).isEqualTo(rate.amount().multiply(quantity).setScale(2, RoundingMode.HALF_UP));
        if (tenths % 10 == 0) {
            Money added = Money.ZERO;
            for (int i = 0; i < tenths / 10; i++) {
                added = added.plus(rate);
            }
            assertThat(total).isEqualTo(added);
        }
    }

    @Property(tries = 200)
    void mileageIsNeverNegativeAndNeverMoreThanTheFirstRateWouldPay(
            @ForAll @IntRange(min = 0, max = 30_000) int tenths, @ForAll @IntRange(min = 0, max = 4) int passengers,
            @ForAll @IntRange(min = 0, max = 200_000) int alreadyTenths) {
        BigDecimal miles = BigDecimal.valueOf(tenths, 1);
        PaymentRates rates = RATES;
        Money amount = Mileage.amount(miles, passengers, rates, BigDecimal.valueOf(alreadyTenths, 1));
        assertThat(amount.isNegative()).isFalse();
        assertThat(amount.amount().scale()).isEqualTo(2);
        BigDecimal ceiling = miles.multiply(rates.mileageFirst10000().amount()
                .add(rates.mileagePerPassenger().amount().multiply(BigDecimal.valueOf(passengers))));
        assertThat(amount.amount()).isLessThanOrEqualTo(ceiling.setScale(2, RoundingMode.HALF_UP));
    }

    @Property(tries = 50)
    void negativeMilesAreRefused(@ForAll @IntRange(min = 1, max = 100_000) int tenths) {
        assertThatThrownBy(() -> Mileage.amount(BigDecimal.valueOf(-tenths, 1), 0, RATES,
                BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 100)
    void aNegativeRateIsRefusedAndAnyRateUpToTheMostIsTaken(@ForAll @IntRange(min = 1, max = 1_000_000) int pence) {
        assertThat(RateRules.checkAmount(RateField.FEE_HOURLY, "-" + BigDecimal.valueOf(pence, 2).toPlainString()))
                .isEqualTo(RateProblem.AMOUNT_OUT_OF_RANGE);
        assertThat(RateRules.checkAmount(RateField.FEE_HOURLY, BigDecimal.valueOf(pence, 2).toPlainString()))
                .isNull();
    }
}
