package org.fourpi.toolkit.people;

import org.fourpi.toolkit.common.text.Labelled;

/** How a person gave their consent. */
public enum ConsentMethod implements Labelled {
    IN_WRITING,
    SPOKEN,
    EMAIL,
    ONLINE_FORM;

    @Override
    public String labelKey() {
        return "people.consent.method." + name();
    }
}
