package org.fourpi.toolkit.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an assessment found: scores per area and per part of Process, overall, the strongest and
 * weakest indicators, the viewpoints side by side with the indicators where they differ by 2 or more
 * points, and the change since the previous assessment of the same scope.
 *
 * @param areas      the five areas
 * @param groups     every step's group: the areas, with Process as its four parts
 * @param previous   the assessment compared with, if any
 */
public record AssessmentResults(Assessment assessment, List<GroupScore> areas, List<GroupScore> groups,
                                GroupScore overall, List<IndicatorResult> indicators, List<IndicatorResult> strongest,
                                List<IndicatorResult> weakest, List<IndicatorResult> differences,
                                Optional<Assessment> previous) {

    /** How many indicators the strongest and weakest lists hold at most. */
    public static final int TOP = 3;

    /** An earlier assessment and its answers, to compare with. */
    public record Earlier(Assessment assessment, Answers answers) {
    }

    /** True when any participant rated on their own, so viewpoints can be compared. */
    public boolean hasOwnRatings() {
        return indicators.stream().anyMatch(i -> !i.byViewpoint().isEmpty());
    }

    /** Works out the results. */
    public static AssessmentResults of(Framework framework, Assessment assessment, Answers answers,
                                       Optional<Earlier> earlier) {
        Map<Long, Set<Viewpoint>> viewpoints = new java.util.HashMap<>();
        assessment.participants().forEach(p -> viewpoints.put(p.id(), Viewpoint.of(p.perspective())));
        List<IndicatorResult> indicators = new ArrayList<>();
        for (Indicator indicator : framework.indicators()) {
            AgreedAnswer agreed = answers.agreed().get(indicator.code());
            Rating rating = agreed == null ? null : agreed.rating();
            Map<Viewpoint, Score> byViewpoint = byViewpoint(answers, viewpoints, List.of(indicator));
            Rating before = earlier.flatMap(e -> e.answers().agreedRating(indicator.code())).orElse(null);
            Integer change = rating != null && rating.isScore() && before != null && before.isScore()
                    ? rating.score().getAsInt() - before.score().getAsInt() : null;
            indicators.add(new IndicatorResult(indicator, rating, agreed == null ? "" : agreed.evidence(),
                    agreed != null && agreed.priority(), byViewpoint, spread(byViewpoint), before, change));
        }
        List<GroupScore> areas = framework.areas().stream()
                .map(a -> score(a.code(), a.name(), a.indicators(), answers, viewpoints, earlier)).toList();
        List<GroupScore> groups = framework.groups().stream()
                .map(g -> score(g.key(), g.name(), g.indicators(), answers, viewpoints, earlier)).toList();
        GroupScore overall = score("ALL", "", framework.indicators(), answers, viewpoints, earlier);
        Comparator<IndicatorResult> byRating = Comparator.comparingInt(r -> r.agreed().score().getAsInt());
        List<IndicatorResult> rated = indicators.stream().filter(r -> r.agreed() != null && r.agreed().isScore())
                .toList();
        List<IndicatorResult> strongest = rated.stream().sorted(byRating.reversed()).limit(TOP).toList();
        List<IndicatorResult> weakest = rated.stream().filter(r -> !strongest.contains(r)).sorted(byRating)
                .limit(TOP).toList();
        List<IndicatorResult> differences = indicators.stream().filter(IndicatorResult::viewsDiffer)
                .sorted(Comparator.comparing(IndicatorResult::spread).reversed()).toList();
        return new AssessmentResults(assessment, areas, groups, overall, indicators, strongest, weakest, differences,
                earlier.map(Earlier::assessment));
    }

    private static GroupScore score(String key, String name, List<Indicator> indicators, Answers answers,
            Map<Long, Set<Viewpoint>> viewpoints, Optional<Earlier> earlier) {
        Score agreed = agreed(answers, indicators);
        Score before = earlier.map(e -> agreed(e.answers(), indicators)).orElse(Score.NONE);
        return new GroupScore(key, name, agreed, byViewpoint(answers, viewpoints, indicators), before,
                agreed.minus(before));
    }

    private static Score agreed(Answers answers, List<Indicator> indicators) {
        return Score.of(indicators.stream().map(i -> answers.agreedRating(i.code()).orElse(null)).toList());
    }

    private static Map<Viewpoint, Score> byViewpoint(Answers answers, Map<Long, Set<Viewpoint>> viewpoints,
            List<Indicator> indicators) {
        Set<String> codes = indicators.stream().map(Indicator::code).collect(java.util.stream.Collectors.toSet());
        Map<Viewpoint, List<Rating>> ratings = new EnumMap<>(Viewpoint.class);
        for (OwnRating own : answers.own()) {
            if (codes.contains(own.indicatorCode())) {
                for (Viewpoint v : viewpoints.getOrDefault(own.participantId(), Set.of())) {
                    ratings.computeIfAbsent(v, k -> new ArrayList<>()).add(own.rating());
                }
            }
        }
        Map<Viewpoint, Score> scores = new EnumMap<>(Viewpoint.class);
        ratings.forEach((v, list) -> {
            Score score = Score.of(list);
            if (!score.isEmpty()) {
                scores.put(v, score);
            }
        });
        return scores;
    }

    private static BigDecimal spread(Map<Viewpoint, Score> byViewpoint) {
        if (byViewpoint.size() < 2) {
            return null;
        }
        BigDecimal max = byViewpoint.values().stream().map(Score::exact).max(Comparator.naturalOrder()).orElseThrow();
        BigDecimal min = byViewpoint.values().stream().map(Score::exact).min(Comparator.naturalOrder()).orElseThrow();
        return max.subtract(min).setScale(1, RoundingMode.HALF_UP);
    }
}
