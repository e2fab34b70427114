package org.fourpi.toolkit.people;

import org.fourpi.toolkit.common.text.Labelled;

/** What a person can agree to. */
public enum ConsentPurpose implements Labelled {
    KEEP_DETAILS,
    CONTACT_ABOUT_OPPORTUNITIES,
    EQUALITY_MONITORING;

    @Override
    public String labelKey() {
        return "people.consent.purpose." + name();
    }
}
