package org.fourpi.toolkit.payments;

import org.fourpi.toolkit.common.text.Labelled;

/** Why a person's payment preferences cannot be saved; all are about their own earnings limit. */
public enum PreferencesProblem implements Labelled {
    CUSTOM_LIMIT_REQUIRED("customLimitRequired"),
    CUSTOM_LIMIT_NOT_AN_AMOUNT("customLimitNotAnAmount"),
    CUSTOM_LIMIT_OUT_OF_RANGE("customLimitOutOfRange"),
    /** A figure given with a limit that takes its figure from the rates, or with none. */
    CUSTOM_LIMIT_NOT_EXPECTED("customLimitNotExpected");

    private final String key;

    PreferencesProblem(String key) {
        this.key = key;
    }

    @Override
    public String labelKey() {
        return "payments.person.problem." + key;
    }
}
