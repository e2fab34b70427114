package org.fourpi.toolkit.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything a group has answered in one assessment so far.
 *
 * @param agreed          by indicator code
 * @param own             every participant's own ratings
 * @param impactAnswers   by impact question code
 */
public record Answers(Map<String, AgreedAnswer> agreed, List<OwnRating> own, Map<String, String> impactAnswers,
                      List<AssessmentAction> actions) {

    public Answers {
        agreed = Map.copyOf(agreed);
        own = List.copyOf(own);
        impactAnswers = Map.copyOf(impactAnswers);
        actions = List.copyOf(actions);
    }

    public Optional<Rating> agreedRating(String indicatorCode) {
        return Optional.ofNullable(agreed.get(indicatorCode)).map(AgreedAnswer::rating);
    }

    /** One participant's own ratings, by indicator code. */
    public Map<String, Rating> ownRatings(long participantId) {
        return own.stream().filter(r -> r.participantId() == participantId)
                .collect(Collectors.toMap(OwnRating::indicatorCode, OwnRating::rating));
    }

    /** Every own rating of one indicator, by participant id. */
    public Map<Long, Rating> ownRatingsOf(String indicatorCode) {
        return own.stream().filter(r -> r.indicatorCode().equals(indicatorCode))
                .collect(Collectors.toMap(OwnRating::participantId, OwnRating::rating));
    }
}
