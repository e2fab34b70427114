package org.fourpi.toolkit.people;

import org.fourpi.toolkit.common.text.Labelled;

/** Equality monitoring: sexual orientation. */
public enum SexualOrientation implements Labelled {
    STRAIGHT,
    GAY_OR_LESBIAN,
    BISEXUAL,
    OTHER,
    PREFER_NOT_TO_SAY;

    @Override
    public String labelKey() {
        return "people.equality.orientation." + name();
    }
}
