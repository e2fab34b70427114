package org.fourpi.toolkit.payments;

import org.fourpi.toolkit.common.text.Labelled;

/** The fields of a rate set, in form order, each with its name for people. */
public enum RateField implements Labelled {
    EFFECTIVE_FROM,
    FEE_HOURLY,
    FEE_HALF_DAY,
    FEE_DAY,
    MILEAGE_FIRST_10000,
    MILEAGE_AFTER_10000,
    MILEAGE_PER_PASSENGER,
    CHILDCARE_HOURLY,
    REPLACEMENT_CARER_HOURLY,
    SUPPORT_WORKER_HOURLY,
    SUBSISTENCE_LIMIT_DAY,
    TARGET_DAYS_TO_PAY,
    ESA_WEEKLY_LIMIT,
    CARERS_ALLOWANCE_WEEKLY_LIMIT,
    TRADING_ALLOWANCE;

    public boolean isAmount() {
        return this != EFFECTIVE_FROM && this != TARGET_DAYS_TO_PAY;
    }

    /** Benefit limits and the trading allowance are larger figures than the rates. */
    public boolean isLimit() {
        return this == ESA_WEEKLY_LIMIT || this == CARERS_ALLOWANCE_WEEKLY_LIMIT || this == TRADING_ALLOWANCE;
    }

    @Override
    public String labelKey() {
        return "payments.field." + name();
    }
}
