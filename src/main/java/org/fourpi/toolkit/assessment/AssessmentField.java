package org.fourpi.toolkit.assessment;

import org.fourpi.toolkit.common.text.Labelled;

/** A field of the start step or of an action, named in problems. */
public enum AssessmentField implements Labelled {
    TITLE,
    HELD_ON,
    SCOPE,
    FACILITATOR,
    PARTICIPANTS,
    ACTION_WHAT,
    ACTION_WHO,
    ACTION_INDICATORS;

    @Override
    public String labelKey() {
        return "assessment.field." + name();
    }
}
