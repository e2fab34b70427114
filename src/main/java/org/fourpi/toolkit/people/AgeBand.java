package org.fourpi.toolkit.people;

import org.fourpi.toolkit.common.text.Labelled;

/** Equality monitoring: age band. */
public enum AgeBand implements Labelled {
    UNDER_18,
    AGE_18_24,
    AGE_25_34,
    AGE_35_44,
    AGE_45_54,
    AGE_55_64,
    AGE_65_74,
    AGE_75_PLUS,
    PREFER_NOT_TO_SAY;

    @Override
    public String labelKey() {
        return "people.equality.age." + name();
    }
}
