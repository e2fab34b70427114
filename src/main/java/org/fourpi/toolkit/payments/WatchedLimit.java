package org.fourpi.toolkit.payments;

import org.fourpi.toolkit.common.money.Money;

/** The earnings limit in force for a person on a day: an amount for each week or each year. */
public record WatchedLimit(EarningsLimit kind, Money amount, LimitPeriod period) {
}
