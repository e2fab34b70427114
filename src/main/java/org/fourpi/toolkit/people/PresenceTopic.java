package org.fourpi.toolkit.people;

import org.fourpi.toolkit.common.text.Labelled;

/** What one breakdown of the Presence figures is about. */
public enum PresenceTopic implements Labelled {
    LIVED_EXPERIENCE(false),
    PERSPECTIVE(false),
    ROLE(true),
    LEVEL(true),
    EQUALITY_ANSWERS(false),
    AGE(false),
    ETHNIC_GROUP(false),
    SEX(false),
    GENDER_IDENTITY(false),
    DISABILITY(false),
    SEXUAL_ORIENTATION(false),
    RELIGION(false),
    UNPAID_CARER(false);

    private final boolean manyPerPerson;

    PresenceTopic(boolean manyPerPerson) {
        this.manyPerPerson = manyPerPerson;
    }

    /** True when one person can count in more than one group, so the groups add up to more than the people. */
    public boolean manyPerPerson() {
        return manyPerPerson;
    }

    @Override
    public String labelKey() {
        return "presence.topic." + name();
    }
}
