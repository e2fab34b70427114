package org.fourpi.toolkit.payments;

import org.fourpi.toolkit.common.text.Labelled;

/** The parts of a row of fees for a particular activity, each with its name for people. */
public enum ActivityFeeField implements Labelled {
    NAME,
    HOURLY,
    HALF_DAY,
    DAY;

    @Override
    public String labelKey() {
        return "payments.activityFees.field." + name();
    }
}
