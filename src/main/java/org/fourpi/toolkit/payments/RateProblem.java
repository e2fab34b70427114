package org.fourpi.toolkit.payments;

import org.fourpi.toolkit.common.text.Labelled;

/** Why a rate set cannot be saved. Each label is a sentence with the field's name as {0}. */
public enum RateProblem implements Labelled {
    REQUIRED,
    NOT_A_DATE,
    DATE_TAKEN,
    NOT_AN_AMOUNT,
    AMOUNT_OUT_OF_RANGE,
    DAYS_OUT_OF_RANGE;

    @Override
    public String labelKey() {
        return "payments.problem." + name();
    }
}
