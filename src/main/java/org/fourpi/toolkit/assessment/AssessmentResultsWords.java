package org.fourpi.toolkit.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.people.Perspective;

/**
 * The results of an assessment in plain words and figures, the same on the screen, in the workbook
 * and in the report: averages, changes, where views differ and what has changed since last time.
 */
public final class AssessmentResultsWords {

    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    private final Messages messages;

    public AssessmentResultsWords(Messages messages) {
        this.messages = messages;
    }

    public String longDay(LocalDate day) {
        return day == null ? "" : LONG_DAY.format(day);
    }

    public String month(LocalDate day) {
        return MONTH.format(day);
    }

    /** "3.4", or "not rated" when nothing was rated. */
    public String score(Score score) {
        return score.isEmpty() ? messages.text("assessment.results.notRated") : score.average().toPlainString();
    }

    /** "up 0.6", "down 0.3", "no change", or empty when there is nothing to compare. */
    public String change(BigDecimal change) {
        if (change == null) {
            return "";
        }
        return switch (change.signum()) {
            case 1 -> messages.text("assessment.results.up", change.toPlainString());
            case -1 -> messages.text("assessment.results.down", change.negate().toPlainString());
            default -> messages.text("assessment.results.same");
        };
    }

    /** "4 (Well in most areas)", "Don't know", or "Not rated". */
    public String rating(Framework framework, Rating rating) {
        if (rating == null) {
            return messages.text("assessment.results.notRatedCapital");
        }
        String label = framework.scale(rating).label();
        return rating.isScore() ? messages.text("assessment.results.rating", rating.code(), label) : label;
    }

    /** An assessment as a choice: "20 November 2026: Annual check (completed)". */
    public String choice(AssessmentSummary summary) {
        return messages.text("assessment.results.choice", longDay(summary.heldOn()), summary.title(),
                messages.text(summary.status().labelKey()));
    }

    /** The areas in order, each of Process's parts straight after Process itself. */
    public static List<GroupScore> summaryLines(AssessmentResults results, Framework framework) {
        List<GroupScore> lines = new ArrayList<>();
        for (GroupScore area : results.areas()) {
            lines.add(area);
            results.groups().stream()
                    .filter(g -> framework.group(g.key()).map(x -> x.isPart() && x.areaCode().equals(area.key()))
                            .orElse(false))
                    .forEach(lines::add);
        }
        return lines;
    }

    /** "Principles 3.4, up 0.6 since November 2025; ...": the radar chart's figures in words. */
    public String radar(AssessmentResults results) {
        List<String> parts = new ArrayList<>();
        for (GroupScore area : results.areas()) {
            String since = results.previous().map(p -> month(p.heldOn())).orElse(null);
            if (area.change() != null && since != null) {
                parts.add(messages.text("assessment.results.radar.area.change", area.name(), score(area.agreed()),
                        change(area.change()), since));
            } else {
                parts.add(messages.text("assessment.results.radar.area", area.name(), score(area.agreed())));
            }
        }
        return messages.text("assessment.results.radar.accessible", String.join("; ", parts));
    }

    /** "Overall 3.2, from 40 statements rated." with the change since last time when known. */
    public String overall(AssessmentResults results) {
        GroupScore overall = results.overall();
        if (overall.agreed().isEmpty()) {
            return messages.text("assessment.results.overall.none");
        }
        String text = messages.text("assessment.results.overall", score(overall.agreed()), overall.agreed().rated(),
                results.indicators().size());
        if (overall.change() != null && results.previous().isPresent()) {
            text += " " + messages.text("assessment.results.overall.change", change(overall.change()),
                    score(overall.before()), month(results.previous().get().heldOn()));
        }
        return text;
    }

    /** One finding per statement where viewpoints are 2 or more points apart. */
    public List<String> differences(AssessmentResults results) {
        return results.differences().stream().map(this::difference).toList();
    }

    private String difference(IndicatorResult result) {
        String views = java.util.Arrays.stream(Viewpoint.values())
                .filter(v -> result.byViewpoint().containsKey(v))
                .map(v -> messages.text("assessment.results.difference.view", messages.text(v.labelKey()),
                        score(result.viewpoint(v))))
                .collect(Collectors.joining(", "));
        return messages.text("assessment.results.difference", result.spread().toPlainString(),
                result.indicator().statement(), views);
    }

    /** What to say when there are no findings about differing views. */
    public String noDifferences(AssessmentResults results) {
        return messages.text(results.hasOwnRatings() ? "assessment.results.differences.none"
                : "assessment.results.together");
    }

    /** Per area, in words: went up, went down or stayed the same since the previous assessment. */
    public List<String> progress(AssessmentResults results) {
        Optional<Assessment> previous = results.previous();
        if (previous.isEmpty()) {
            return List.of(messages.text("assessment.results.progress.first"));
        }
        List<String> lines = new ArrayList<>();
        lines.add(messages.text("assessment.results.progress.comparedWith", previous.get().title(),
                longDay(previous.get().heldOn())));
        for (GroupScore area : results.areas()) {
            lines.add(areaProgress(area));
        }
        return lines;
    }

    /** One area's progress as a sentence. */
    public String areaProgress(GroupScore area) {
        if (area.change() == null) {
            return messages.text("assessment.results.progress.area.none", area.name());
        }
        return switch (area.change().signum()) {
            case 1 -> messages.text("assessment.results.progress.area.up", area.name(), score(area.before()),
                    score(area.agreed()), area.change().toPlainString());
            case -1 -> messages.text("assessment.results.progress.area.down", area.name(), score(area.before()),
                    score(area.agreed()), area.change().negate().toPlainString());
            default -> messages.text("assessment.results.progress.area.same", area.name(), score(area.agreed()));
        };
    }

    /** The statements whose agreed rating went up (or down), as lines. */
    public List<String> moved(AssessmentResults results, boolean up) {
        return results.indicators().stream()
                .filter(r -> r.change() != null && (up ? r.change() > 0 : r.change() < 0))
                .map(r -> messages.text(up ? "assessment.results.moved.up" : "assessment.results.moved.down",
                        r.before().code(), r.agreed().code(), r.indicator().statement()))
                .toList();
    }

    /** A strongest or weakest statement as a line: "4 (Well in most areas): statement". */
    public String ranked(Framework framework, IndicatorResult result) {
        return messages.text("assessment.results.ranked", rating(framework, result.agreed()),
                result.indicator().statement());
    }

    /** Who took part, in counts by perspective: "2 service users, 1 carer and 3 staff". */
    public String whoTookPart(Assessment assessment) {
        Map<Perspective, Long> counts = new EnumMap<>(Perspective.class);
        assessment.participants().forEach(p -> counts.merge(p.perspective(), 1L, Long::sum));
        List<String> parts = counts.entrySet().stream()
                .map(e -> messages.text("assessment.results.count." + e.getKey().name(), e.getValue()))
                .toList();
        if (parts.isEmpty()) {
            return messages.text("assessment.results.count.nobody");
        }
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return messages.text("assessment.results.list.and", String.join(", ", parts.subList(0, parts.size() - 1)),
                parts.getLast());
    }

    /** The levels covered, "C, D and E". */
    public String scope(Assessment assessment) {
        List<String> letters = assessment.scope().stream().map(Enum::name).toList();
        if (letters.size() <= 1) {
            return String.join("", letters);
        }
        return messages.text("assessment.results.list.and", String.join(", ", letters.subList(0, letters.size() - 1)),
                letters.getLast());
    }
}
