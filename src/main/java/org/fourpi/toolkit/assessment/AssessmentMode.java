package org.fourpi.toolkit.assessment;

import org.fourpi.toolkit.common.text.Labelled;

/** How a group rates: together from the start, or each person on their own first. */
public enum AssessmentMode implements Labelled {
    /** The group agrees one rating for each indicator. */
    GROUP,
    /** Each person rates on their own (in the window or on a form); then the group settles an agreed rating. */
    EACH_THEN_GROUP;

    @Override
    public String labelKey() {
        return "assessment.mode." + name();
    }
}
