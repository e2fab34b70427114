package org.fourpi.toolkit.payments;

/**
 * Why a claim, or one of its lines, cannot be saved or moved on.
 *
 * @param line the line's place on the form, from 1, or 0 when the problem is with the claim itself
 */
public record ClaimProblem(int line, Kind kind) {

    /** What is wrong; each has a message key {@code payments.claim.problem.<NAME>}. */
    public enum Kind {
        PERSON_MISSING,
        ACTIVITY_MISSING,
        ACTIVITY_TOO_LONG,
        DATE_MISSING,
        DATE_IN_FUTURE,
        NO_LINES,
        TOO_MANY_LINES,
        NO_RATES_ON_DATE,
        FEES_DECLINED,
        FEE_UNIT_MISSING,
        QUANTITY_MISSING,
        QUANTITY_OUT_OF_RANGE,
        MILES_NOT_TENTHS,
        PASSENGERS_OUT_OF_RANGE,
        AMOUNT_MISSING,
        AMOUNT_OUT_OF_RANGE,
        SUBSISTENCE_OVER_LIMIT,
        DESCRIPTION_TOO_LONG,
        RECEIPT_TOO_LARGE,
        RECEIPT_NOT_ALLOWED_TYPE,
        RECEIPT_UNREADABLE,
        NOTES_TOO_LONG,
        NOT_EDITABLE,
        WRONG_STATUS,
        REASON_MISSING,
        REASON_TOO_LONG,
        SUBMITTED_DATE_INVALID,
        APPROVED_DATE_INVALID,
        PAID_DATE_MISSING,
        PAID_DATE_BEFORE_SUBMITTED,
        PAID_DATE_IN_FUTURE,
        METHOD_MISSING,
        REFERENCE_TOO_LONG,
        ADJUSTMENT_ZERO;

        public String messageKey() {
            return "payments.claim.problem." + name();
        }
    }

    public static ClaimProblem ofClaim(Kind kind) {
        return new ClaimProblem(0, kind);
    }

    public String messageKey() {
        return kind.messageKey();
    }
}
