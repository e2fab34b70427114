package org.fourpi.toolkit.assessment;

import java.util.List;

/**
 * The indicators rated on one step of the wizard: an area, or one part of Process.
 *
 * @param key       the area or part code, e.g. "PRINCIPLES" or "COMMUNICATION"
 * @param areaCode  the area it belongs to
 * @param name      e.g. "Principles" or "Communication"
 * @param about     one sentence on what the area is about (the area's, for a part)
 * @param questions the guiding questions
 */
public record IndicatorGroup(String key, String areaCode, String name, String about, List<String> questions,
                             List<Indicator> indicators) {

    public IndicatorGroup {
        questions = List.copyOf(questions);
        indicators = List.copyOf(indicators);
    }

    /** True for a part of Process rather than a whole area. */
    public boolean isPart() {
        return !key.equals(areaCode);
    }
}
