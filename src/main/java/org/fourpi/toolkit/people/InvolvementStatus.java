package org.fourpi.toolkit.people;

import org.fourpi.toolkit.common.text.Labelled;

/** Whether a person is taking part now; people can move in and out of involvement. */
public enum InvolvementStatus implements Labelled {
    ACTIVE,
    TAKING_A_BREAK,
    LEFT;

    @Override
    public String labelKey() {
        return "people.status." + name();
    }
}
