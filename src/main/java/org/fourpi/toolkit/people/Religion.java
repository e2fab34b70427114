package org.fourpi.toolkit.people;

import org.fourpi.toolkit.common.text.Labelled;

/** Equality monitoring: religion or belief. */
public enum Religion implements Labelled {
    NONE,
    CHRISTIAN,
    BUDDHIST,
    HINDU,
    JEWISH,
    MUSLIM,
    SIKH,
    OTHER,
    PREFER_NOT_TO_SAY;

    @Override
    public String labelKey() {
        return "people.equality.religion." + name();
    }
}
