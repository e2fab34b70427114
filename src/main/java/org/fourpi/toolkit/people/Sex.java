package org.fourpi.toolkit.people;

import org.fourpi.toolkit.common.text.Labelled;

/** Equality monitoring: sex. */
public enum Sex implements Labelled {
    FEMALE,
    MALE,
    PREFER_NOT_TO_SAY;

    @Override
    public String labelKey() {
        return "people.equality.sex." + name();
    }
}
