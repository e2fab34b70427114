package org.fourpi.toolkit.people;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The 4PI Presence figures for people active on {@code asOf}, every small group already hidden.
 *
 * @param active                    how many people are active now
 * @param fewerThanTwoLivedExperience true when fewer than two active people are service users or carers
 * @param involvement               lived experience, perspective, role and level breakdowns
 * @param equalityAnswers           how many active people answered, had not answered, or objected
 * @param answeredPercent           the share of active people who answered, when both numbers are shown
 * @param equality                  the equality breakdowns, counting only people who answered
 */
public record PresenceSummary(LocalDate asOf, PresenceFigure active, boolean fewerThanTwoLivedExperience,
                              List<PresenceBreakdown> involvement, PresenceBreakdown equalityAnswers,
                              OptionalInt answeredPercent, List<PresenceBreakdown> equality) {

    public PresenceSummary {
        involvement = List.copyOf(involvement);
        equality = List.copyOf(equality);
    }

    public boolean anyoneActive() {
        return !active.isZero();
    }

    /** True when at least one person active now has answered an equality question. */
    public boolean anyoneAnswered() {
        return !equalityAnswers.figure(PresenceService.ANSWERED).isZero();
    }

    public PresenceBreakdown breakdown(PresenceTopic topic) {
        if (topic == PresenceTopic.EQUALITY_ANSWERS) {
            return equalityAnswers;
        }
        return Stream.concat(involvement.stream(), equality.stream())
                .filter(b -> b.topic() == topic).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No breakdown " + topic));
    }
}
