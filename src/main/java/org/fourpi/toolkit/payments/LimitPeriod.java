package org.fourpi.toolkit.payments;

/** The stretch of time an earnings limit covers. */
public enum LimitPeriod {
    WEEK,
    YEAR
}
