package org.fourpi.toolkit.assessment;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 4PI framework as the wizard asks about it: five areas, the four parts of Process, the
 * indicators under each, the five impact questions and the rating scale. Read from a versioned
 * resource file by {@link FrameworkFile}; the standards themselves are NSUN's (2013).
 */
public final class Framework {

    /** The code of the area whose parts are steps of their own. */
    public static final String PROCESS = "PROCESS";
    /** The code of the area that adds the impact questions. */
    public static final String IMPACT = "IMPACT";

    private final int version;
    private final String source;
    private final List<Area> areas;
    private final List<ImpactQuestion> impactQuestions;
    private final Map<Rating, ScaleEntry> scale;
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();

    public Framework(int version, String source, List<Area> areas, List<ImpactQuestion> impactQuestions,
                     List<ScaleEntry> scale) {
        this.version = version;
        this.source = source;
        this.areas = List.copyOf(areas);
        this.impactQuestions = List.copyOf(impactQuestions);
        this.scale = new EnumMap<>(Rating.class);
        scale.forEach(e -> this.scale.put(e.rating(), e));
        for (Area area : areas) {
            for (Indicator indicator : area.indicators()) {
                if (indicators.put(indicator.code(), indicator) != null) {
                    throw new IllegalArgumentException("Indicator " + indicator.code() + " appears twice");
                }
            }
        }
        for (Rating rating : Rating.values()) {
            if (!this.scale.containsKey(rating)) {
                throw new IllegalArgumentException("The scale has no entry for " + rating.code());
            }
        }
    }

    public int version() {
        return version;
    }

    /** Where the standards come from, to be printed with results. */
    public String source() {
        return source;
    }

    public List<Area> areas() {
        return areas;
    }

    public Optional<Area> area(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The groups in the order the wizard shows them: each area, and Process as its four parts. */
    public List<IndicatorGroup> groups() {
        return areas.stream().flatMap(a -> a.groups().stream()).toList();
    }

    public Optional<IndicatorGroup> group(String key) {
        return groups().stream().filter(g -> g.key().equals(key)).findFirst();
    }

    /** Every indicator, in order. */
    public List<Indicator> indicators() {
        return List.copyOf(indicators.values());
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    public List<ImpactQuestion> impactQuestions() {
        return impactQuestions;
    }

    /** The scale in order: 1 to 5, then "don't know" and "not relevant here". */
    public List<ScaleEntry> scale() {
        return List.copyOf(scale.values());
    }

    public ScaleEntry scale(Rating rating) {
        return scale.get(rating);
    }
}
