package org.fourpi.toolkit.payments;

import org.fourpi.toolkit.common.money.Money;

/** The involvement fee for an hour, a half day and a day. */
public record FeeRates(Money hourly, Money halfDay, Money day) {

    /** The fee for one unit. */
    public Money per(FeeUnit unit) {
        return switch (unit) {
            case HOURS -> hourly;
            case HALF_DAYS -> halfDay;
            case DAYS -> day;
        };
    }
}
