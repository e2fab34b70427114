package org.fourpi.toolkit.settings;

/** Why a profile field's value cannot be saved. */
public enum ProfileProblem {
    REQUIRED,
    TOO_LONG,
    NOT_AN_EMAIL,
    NOT_A_UK_PHONE,
    NOT_A_POSTCODE,
    NOT_A_CHARITY_NUMBER,
    NOT_A_COMPANY_NUMBER
}
