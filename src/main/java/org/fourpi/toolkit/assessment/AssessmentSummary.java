package org.fourpi.toolkit.assessment;

import java.time.LocalDate;

/**
 * A line in the list of assessments.
 *
 * @param agreed     how many indicators have an agreed rating
 * @param indicators how many indicators its framework has
 */
public record AssessmentSummary(long id, LocalDate heldOn, String title, AssessmentStatus status, String scopeCode,
                                int participants, int agreed, int indicators) {
}
