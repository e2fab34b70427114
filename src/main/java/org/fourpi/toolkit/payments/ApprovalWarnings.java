package org.fourpi.toolkit.payments;

import java.time.LocalDate;
import java.util.Optional;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;

/**
 * What to weigh before approving a claim: whether its fee takes the person past the earnings limit
 * they asked us to watch, and whether their fees this tax year pass the trading allowance.
 */
public record ApprovalWarnings(Optional<LimitPassed> limit, Optional<AllowancePassed> tradingAllowance) {

    public static final ApprovalWarnings NONE = new ApprovalWarnings(Optional.empty(), Optional.empty());

    public boolean any() {
        return limit.isPresent() || tradingAllowance.isPresent();
    }

    /**
     * Fees in the period, this claim's included, pass the person's limit.
     *
     * @param from first day of the week (Monday) or tax year the limit covers
     * @param to   its last day
     */
    public record LimitPassed(WatchedLimit limit, LocalDate from, LocalDate to, Money fees) {
    }

    /** The person's fees in the tax year, this claim's included, pass the trading allowance. */
    public record AllowancePassed(TaxYear year, Money allowance, Money fees) {
    }
}
