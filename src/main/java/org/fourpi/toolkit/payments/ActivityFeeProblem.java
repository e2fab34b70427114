package org.fourpi.toolkit.payments;

import org.fourpi.toolkit.common.text.Labelled;

/**
 * Why one part of a row of activity fees cannot be saved.
 *
 * @param row the row, counted from 1
 */
public record ActivityFeeProblem(int row, ActivityFeeField field, Kind kind) {

    /** What is wrong. Each label is a sentence with the row as {0} and the field's name as {1}. */
    public enum Kind implements Labelled {
        NAME_MISSING,
        NAME_TOO_LONG,
        NAME_REPEATED,
        AMOUNT_MISSING,
        NOT_AN_AMOUNT,
        AMOUNT_OUT_OF_RANGE;

        @Override
        public String labelKey() {
            return "payments.activityFees.problem." + name();
        }
    }
}
