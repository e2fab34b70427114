package org.fourpi.toolkit.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.fourpi.toolkit.people.InvolvementLevel;

/**
 * What the start step asks: title, date, the levels it covers, the facilitator, who is taking part
 * and how the group rates.
 */
public record AssessmentStart(String title, LocalDate heldOn, Set<InvolvementLevel> scope, String facilitator,
                              AssessmentMode mode, List<ParticipantInput> participants) {

    public AssessmentStart {
        scope = scope == null ? Set.of() : Set.copyOf(scope);
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
