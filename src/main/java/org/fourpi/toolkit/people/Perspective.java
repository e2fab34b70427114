package org.fourpi.toolkit.people;

import org.fourpi.toolkit.common.text.Labelled;

/** Where a person's experience comes from: the perspective they bring to involvement. */
public enum Perspective implements Labelled {
    SERVICE_USER,
    CARER,
    BOTH,
    STAFF,
    VOLUNTEER,
    OTHER;

    @Override
    public String labelKey() {
        return "people.perspective." + name();
    }
}
