package org.fourpi.toolkit.people;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The 4PI Presence figures for people active on {@code asOf}, already made safe to show.
 *
 * @param active          how many people are active now
 * @param inBands         true when some group has 1 to 4 people, so every figure is a band of five
 * @param involvement     lived experience, perspective, role and level breakdowns
 * @param equalityAnswers how many active people answered, had not answered, or objected
 * @param answeredPercent the share of active people who answered, only when the figures are exact
 * @param equality        the equality breakdowns, counting only people who answered
 */
public record PresenceSummary(LocalDate asOf, PresenceFigure active, boolean inBands,
                              List<PresenceBreakdown> involvement, PresenceBreakdown equalityAnswers,
                              OptionalInt answeredPercent, List<PresenceBreakdown> equality) {

    public PresenceSummary {
        involvement = List.copyOf(involvement);
        equality = List.copyOf(equality);
    }

    public boolean anyoneActive() {
        return !active.isZero();
    }

    /** False only when it is shown that nobody active now has answered an equality question. */
    public boolean anyoneAnswered() {
        return !equalityAnswers.figure(PresenceService.ANSWERED).isZero();
    }

    /**
     * True when the figure for service users and carers is shown as 0 or "fewer than 5". It is read
     * from the figure as shown, so it tells nobody more than the figure does.
     */
    public boolean fewLivedExperience() {
        PresenceFigure lived = breakdown(PresenceTopic.LIVED_EXPERIENCE).figure(PresenceService.LIVED_EXPERIENCE);
        return lived.isZero() || lived.fewerThanFive();
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
