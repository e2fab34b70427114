package org.fourpi.toolkit.people;

import org.fourpi.toolkit.common.text.Labelled;

/** Equality monitoring: a yes-or-no question that a person may also decline to answer. */
public enum Answer implements Labelled {
    YES,
    NO,
    PREFER_NOT_TO_SAY;

    @Override
    public String labelKey() {
        return "people.equality.answer." + name();
    }
}
