package org.fourpi.toolkit.assessment;

import java.util.Map;

/** An assessment's start or an action was offered with fields that break the rules; nothing was saved. */
public final class InvalidAssessmentException extends RuntimeException {

    private final transient Map<AssessmentField, AssessmentProblem> problems;

    public InvalidAssessmentException(Map<AssessmentField, AssessmentProblem> problems) {
        super("Assessment not saved: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<AssessmentField, AssessmentProblem> problems() {
        return problems;
    }
}
