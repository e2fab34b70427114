package org.fourpi.toolkit.assessment;

import org.fourpi.toolkit.common.text.Labelled;

/**
 * Why an assessment's start or an action cannot be saved. Each label is a sentence with the field's
 * name as {0} and, where it matters, the most characters allowed as {1}.
 */
public enum AssessmentProblem implements Labelled {
    REQUIRED,
    TOO_LONG,
    NO_LEVEL,
    NO_PARTICIPANTS,
    PARTICIPANT_NAME_MISSING,
    PARTICIPANT_TWICE,
    UNKNOWN_INDICATOR;

    @Override
    public String labelKey() {
        return "assessment.problem." + name();
    }
}
