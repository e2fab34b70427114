package org.fourpi.toolkit.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * An action the group agreed.
 *
 * @param who          who will do it, in words
 * @param dueOn        by when, or null
 * @param indicators   codes of the indicators it answers
 * @param carriedFrom  the action of an earlier assessment it continues, or null
 */
public record AssessmentAction(long id, long assessmentId, String what, String who, LocalDate dueOn,
                               ActionStatus status, List<String> indicators, Long carriedFrom) {

    public AssessmentAction {
        indicators = List.copyOf(indicators);
    }
}
