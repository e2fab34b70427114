package org.fourpi.toolkit.assessment;

import org.fourpi.toolkit.people.Perspective;

/**
 * A participant as the start step gives them.
 *
 * @param id       the participant already saved, or null for someone new
 * @param personId their record in the People register, or null when typed in
 */
public record ParticipantInput(Long id, Long personId, String name, Perspective perspective) {
}
