package org.fourpi.toolkit.settings;

/** The fields of the organisation profile, each with the most characters it may hold. */
public enum ProfileField {
    NAME(200),
    ADDRESS(500),
    POSTCODE(10),
    CHARITY_NUMBER(20),
    COMPANY_NUMBER(20),
    CONTACT_NAME(200),
    CONTACT_PHONE(30),
    CONTACT_EMAIL(254),
    SUPPORT_NAME(200),
    SUPPORT_PHONE(30),
    SUPPORT_EMAIL(254);

    private final int maxLength;

    ProfileField(int maxLength) {
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }
}
