package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fourpi.toolkit.common.money.Money;
import org.junit.jupiter.api.Test;

class MileageTest {

    static final PaymentRates HMRC = new PaymentRates(LocalDate.of(2026, 4, 6), Money.of("20"), Money.of("55"),
            Money.of("110"), Money.of("0.45"), Money.of("0.25"), Money.of("0.05"), Money.of("12"),
            Money.of("15"), Money.of("15"), Money.of("10"), 14, Money.of("195.50"), Money.of("196.00"),
            Money.of("1000.00"));

    private static Money journey(String miles, int passengers, String alreadyThisYear) {
        return Mileage.amount(new BigDecimal(miles), passengers, HMRC, new BigDecimal(alreadyThisYear));
    }

    @Test
    void paysTheFirstRateUpToTenThousandMiles() {
        assertThat(journey("100", 0, "0")).isEqualTo(Money.of("45.00"));
        assertThat(journey("12.3", 0, "9987.7")).isEqualTo(Money.of("5.54"));
    }

    @Test
    void paysTheSecondRateOnceTenThousandMilesAreClaimed() {
        assertThat(journey("100", 0, "10000")).isEqualTo(Money.of("25.00"));
        assertThat(journey("100", 0, "15000")).isEqualTo(Money.of("25.00"));
    }

    @Test
    void splitsAJourneyThatCrossesTenThousandMiles() {
        // 40 miles at 45p (£18.00) and 60 at 25p (£15.00).
        assertThat(journey("100", 0, "9960")).isEqualTo(Money.of("33.00"));
        // 0.5 mile at 45p and 0.5 at 25p: 22.5p + 12.5p = 35p exactly, rounded once.
        assertThat(journey("1", 0, "9999.5")).isEqualTo(Money.of("0.35"));
    }

    @Test
    void startsAgainAtTheFirstRateInANewTaxYear() {
        List<Mileage.Journey> earlier = List.of(
                new Mileage.Journey(LocalDate.of(2026, 4, 6), new BigDecimal("5000")),
                new Mileage.Journey(LocalDate.of(2027, 3, 1), new BigDecimal("4960")));
        BigDecimal onFifth = Mileage.milesClaimedInTaxYear(earlier, LocalDate.of(2027, 4, 5));
        BigDecimal onSixth = Mileage.milesClaimedInTaxYear(earlier, LocalDate.of(2027, 4, 6));

        assertThat(onFifth).isEqualByComparingTo("9960");
        assertThat(Mileage.amount(new BigDecimal("100"), 0, HMRC, onFifth)).isEqualTo(Money.of("33.00"));
        assertThat(onSixth).isEqualByComparingTo("0");
        assertThat(Mileage.amount(new BigDecimal("100"), 0, HMRC, onSixth)).isEqualTo(Money.of("45.00"));
    }

    @Test
    void addsFivePenceAMileForEachPassenger() {
        assertThat(journey("100", 2, "0")).isEqualTo(Money.of("55.00"));
        assertThat(journey("100", 1, "9960")).isEqualTo(Money.of("38.00"));
    }

    @Test
    void roundsOnlyOnceAtTheEnd() {
        // 0.1 mile: 4.5p + 0.5p passenger = 5p; rounding each part first would give 5p + 1p.
        assertThat(journey("0.1", 1, "0")).isEqualTo(Money.of("0.05"));
        assertThat(journey("0.1", 0, "0")).isEqualTo(Money.of("0.05"));
    }

    @Test
    void refusesNegativeMilesOrMoreThanOneDecimalPlace() {
        assertThatThrownBy(() -> journey("-1", 0, "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journey("1.25", 0, "0")).isInstanceOf(IllegalArgumentException.class);
        assertThat(journey("1.50", 0, "0")).isEqualTo(Money.of("0.68"));
    }
}
