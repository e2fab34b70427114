package org.fourpi.toolkit.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.fourpi.toolkit.people.InvolvementLevel;

/**
 * One self-assessment, as saved.
 *
 * @param scope            the involvement levels it covers
 * @param frameworkVersion the framework file it was made with
 * @param currentStep      the wizard step it was left on (see {@link AssessmentSteps})
 * @param completedOn      when the group finished it, or null
 */
public record Assessment(long id, String title, LocalDate heldOn, SortedSet<InvolvementLevel> scope,
                         String facilitator, AssessmentMode mode, int frameworkVersion, AssessmentStatus status,
                         String currentStep, LocalDate completedOn, List<Participant> participants) {

    public Assessment {
        scope = new TreeSet<>(scope);
        participants = List.copyOf(participants);
    }

    /** The scope as letters, e.g. "CDE": two assessments with the same letters can be compared. */
    public String scopeCode() {
        return scopeCode(scope);
    }

    public Optional<Participant> participant(long participantId) {
        return participants.stream().filter(p -> p.id() == participantId).findFirst();
    }

    public static String scopeCode(Set<InvolvementLevel> levels) {
        return levels.stream().sorted().map(InvolvementLevel::name).collect(Collectors.joining());
    }
}
