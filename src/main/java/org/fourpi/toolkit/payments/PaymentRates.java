package org.fourpi.toolkit.payments;

import java.time.LocalDate;

import org.fourpi.toolkit.common.money.Money;

/**
 * One set of payment rates and the date it takes effect; it stays in force until the next set's date.
 * Mileage rates are pounds a mile (0.45 is 45p). The benefit earnings limits and the trading allowance
 * are kept here too because they change each April, like the rates.
 */
public record PaymentRates(
        LocalDate effectiveFrom,
        Money feeHourly,
        Money feeHalfDay,
        Money feeDay,
        Money mileageFirst10000,
        Money mileageAfter10000,
        Money mileagePerPassenger,
        Money childcareHourly,
        Money replacementCarerHourly,
        Money supportWorkerHourly,
        Money subsistenceLimitDay,
        int targetDaysToPay,
        Money esaWeeklyLimit,
        Money carersAllowanceWeeklyLimit,
        Money tradingAllowance) {

    /** The same rates taking effect on another date, to start a new set from the latest one. */
    public PaymentRates withEffectiveFrom(LocalDate date) {
        return new PaymentRates(date, feeHourly, feeHalfDay, feeDay, mileageFirst10000, mileageAfter10000,
                mileagePerPassenger, childcareHourly, replacementCarerHourly, supportWorkerHourly,
                subsistenceLimitDay, targetDaysToPay, esaWeeklyLimit, carersAllowanceWeeklyLimit, tradingAllowance);
    }

    /** The general fees, for activities without fees of their own. */
    public FeeRates generalFees() {
        return new FeeRates(feeHourly, feeHalfDay, feeDay);
    }
}
