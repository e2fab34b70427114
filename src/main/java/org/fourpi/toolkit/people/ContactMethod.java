package org.fourpi.toolkit.people;

import org.fourpi.toolkit.common.text.Labelled;

/** How a person prefers to be contacted. */
public enum ContactMethod implements Labelled {
    EMAIL,
    PHONE,
    TEXT_MESSAGE,
    POST;

    @Override
    public String labelKey() {
        return "people.contact." + name();
    }
}
