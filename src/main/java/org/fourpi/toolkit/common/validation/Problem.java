package org.fourpi.toolkit.common.validation;

import org.fourpi.toolkit.common.text.Labelled;

/**
 * Why a value cannot be saved. Each label is a sentence with the field's name as {0} and, where it
 * matters, the most characters allowed as {1}.
 */
public enum Problem implements Labelled {
    REQUIRED,
    TOO_LONG,
    NOT_AN_EMAIL,
    NOT_A_UK_PHONE,
    NOT_A_POSTCODE,
    NOT_A_CHARITY_NUMBER,
    NOT_A_COMPANY_NUMBER,
    DATE_IN_FUTURE,
    NOT_A_DATE,
    DATE_TOO_EARLY,
    /** A control character or half an emoji, which cannot be typed and would not survive an export. */
    HIDDEN_CHARACTER;

    @Override
    public String labelKey() {
        return "validation." + name();
    }
}
