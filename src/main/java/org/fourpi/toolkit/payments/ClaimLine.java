package org.fourpi.toolkit.payments;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.fourpi.toolkit.common.money.Money;

/**
 * A saved line of a claim. {@code quantity} is the hours, half days, days or miles a worked-out amount
 * came from (null for lines at cost). An adjustment carries its reason and is added after payment.
 *
 * @param receiptFile the receipt's name in the program's attachment store, or null
 * @param receiptName the receipt file's name as it was chosen, to show
 */
public record ClaimLine(
        long id,
        ClaimCategory category,
        String description,
        FeeUnit feeUnit,
        BigDecimal quantity,
        Integer passengers,
        Money amount,
        boolean paidByOrganisation,
        String adjustmentReason,
        String receiptFile,
        String receiptName,
        LocalDateTime createdAt) {

    public boolean isAdjustment() {
        return adjustmentReason != null;
    }

    public boolean hasReceipt() {
        return receiptFile != null;
    }

    /** What the person is owed for this line: nothing when the organisation paid it directly. */
    public Money owed() {
        return paidByOrganisation ? Money.ZERO : amount;
    }

    /** The line as it would be entered again, keeping its receipt. */
    public LineInput toInput() {
        LineInput.Receipt receipt = hasReceipt() ? new LineInput.Receipt.Kept(receiptFile, receiptName)
                : LineInput.Receipt.NONE;
        Money entered = category.basis() == ClaimCategory.Basis.AT_COST ? amount : null;
        return new LineInput(category, description, feeUnit, quantity, passengers == null ? 0 : passengers,
                entered, paidByOrganisation, receipt);
    }
}
