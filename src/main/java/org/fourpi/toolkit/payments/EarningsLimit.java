package org.fourpi.toolkit.payments;

import org.fourpi.toolkit.common.text.Labelled;

/**
 * Which earnings limit a person asks us to watch. Only the choice is kept, never benefit details:
 * the ESA and Carer's Allowance figures come from the rate set in force, the others from the person.
 */
public enum EarningsLimit implements Labelled {
    NONE(null),
    ESA_PERMITTED_WORK(LimitPeriod.WEEK),
    CARERS_ALLOWANCE(LimitPeriod.WEEK),
    CUSTOM_WEEKLY(LimitPeriod.WEEK),
    CUSTOM_YEARLY(LimitPeriod.YEAR);

    private final LimitPeriod period;

    EarningsLimit(LimitPeriod period) {
        this.period = period;
    }

    /** The period the limit covers; null for {@link #NONE}. */
    public LimitPeriod period() {
        return period;
    }

    /** True when the person gives us the figure themselves. */
    public boolean isCustom() {
        return this == CUSTOM_WEEKLY || this == CUSTOM_YEARLY;
    }

    @Override
    public String labelKey() {
        return "payments.person.limit." + name();
    }
}
