package org.fourpi.toolkit.assessment;

import org.fourpi.toolkit.people.Perspective;

/**
 * Someone taking part in an assessment.
 *
 * @param personId their record in the People register, or null when typed in by name only
 */
public record Participant(long id, Long personId, String name, Perspective perspective) {
}
