package org.fourpi.toolkit.payments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;

/**
 * What a journey by car is worth: the first 10,000 miles a person claims in a tax year at the first
 * rate, miles beyond that at the second, plus the passenger rate for each passenger and mile.
 * Worked out exactly and rounded once, to the penny.
 */
public final class Mileage {

    public static final BigDecimal THRESHOLD_MILES = new BigDecimal("10000");

    private Mileage() {
    }

    /**
     * @param miles            the journey, to at most one decimal place
     * @param passengers       people carried who would otherwise claim their own travel
     * @param rates            the rates in force on the day of the journey
     * @param milesAlreadyThisTaxYear miles the person has already claimed in the same tax year
     */
    public static Money amount(BigDecimal miles, int passengers, PaymentRates rates, BigDecimal milesAlreadyThisTaxYear) {
        if (miles.signum() < 0 || miles.stripTrailingZeros().scale() > 1) {
            throw new IllegalArgumentException("Miles must be zero or more, to one decimal place: " + miles);
        }
        if (passengers < 0 || milesAlreadyThisTaxYear.signum() < 0) {
            throw new IllegalArgumentException("Passengers and miles already claimed cannot be negative");
        }
        BigDecimal firstRateRoom = THRESHOLD_MILES.subtract(milesAlreadyThisTaxYear).max(BigDecimal.ZERO);
        BigDecimal atFirstRate = miles.min(firstRateRoom);
        BigDecimal atSecondRate = miles.subtract(atFirstRate);
        BigDecimal exact = atFirstRate.multiply(rates.mileageFirst10000().amount())
                .add(atSecondRate.multiply(rates.mileageAfter10000().amount()))
                .add(miles.multiply(BigDecimal.valueOf(passengers)).multiply(rates.mileagePerPassenger().amount()));
        return Money.of(exact.setScale(2, RoundingMode.HALF_UP));
    }

    /** Miles a person already claimed in the tax year of {@code date}, from their earlier journeys. */
    public static BigDecimal milesClaimedInTaxYear(Collection<Journey> earlier, LocalDate date) {
        TaxYear year = TaxYear.of(date);
        return earlier.stream().filter(j -> year.contains(j.date())).map(Journey::miles)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A journey already claimed: its date and miles. */
    public record Journey(LocalDate date, BigDecimal miles) {
    }
}
