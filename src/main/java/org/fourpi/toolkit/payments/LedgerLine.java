package org.fourpi.toolkit.payments;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.fourpi.toolkit.common.money.Money;

/**
 * One line of a claim as the accounts see it: with its claim's number, person, activity and where the
 * claim stands. Statements and the payments ledger are made of these.
 *
 * @param feeUnit            hours, half days or days for a fee; null otherwise
 * @param quantity           the hours, half days, days or miles the amount came from; null for costs
 * @param adjustmentReason   why a paid claim was corrected with this line; null for an ordinary line
 * @param paidOn             the day the claim was paid; null until then
 * @param paymentMethod      how the claim was paid; null until then
 * @param paymentReference   the payment's reference; empty when none was given
 */
public record LedgerLine(
        long claimId,
        long personId,
        String personName,
        String activity,
        LocalDate activityDate,
        ClaimCategory category,
        String description,
        FeeUnit feeUnit,
        BigDecimal quantity,
        Money amount,
        boolean paidByOrganisation,
        String adjustmentReason,
        ClaimStatus status,
        LocalDate paidOn,
        PaymentMethod paymentMethod,
        String paymentReference) {

    public LedgerLine {
        description = description == null ? "" : description;
        paymentReference = paymentReference == null ? "" : paymentReference;
    }

    public boolean isAdjustment() {
        return adjustmentReason != null;
    }

    /** What the person is owed for this line: nothing when the organisation paid it directly. */
    public Money owed() {
        return paidByOrganisation ? Money.ZERO : amount;
    }

    /** The money counts: the claim is submitted, approved or paid (not a draft, not rejected). */
    public boolean counts() {
        return status.counts();
    }
}
