package org.fourpi.toolkit.payments;

import org.fourpi.toolkit.common.text.Labelled;

/** What a fee is counted in: hours, half days or days. */
public enum FeeUnit implements Labelled {
    HOURS,
    HALF_DAYS,
    DAYS;

    @Override
    public String labelKey() {
        return "payments.feeUnit." + name();
    }
}
