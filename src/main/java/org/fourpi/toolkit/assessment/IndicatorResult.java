package org.fourpi.toolkit.assessment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The results for one indicator.
 *
 * @param agreed      the group's agreed rating, or null
 * @param byViewpoint the average of the participants' own ratings, by viewpoint
 * @param spread      the gap between the highest and lowest viewpoint averages, or null with fewer than two
 * @param before      the agreed rating in the previous assessment of the same scope, or null
 * @param change      the agreed rating less the earlier one, or null when either is not a number
 */
public record IndicatorResult(Indicator indicator, Rating agreed, String evidence, boolean priority,
                              Map<Viewpoint, Score> byViewpoint, BigDecimal spread, Rating before, Integer change) {

    /** Views differ by 2 or more points: a finding in itself. */
    public static final BigDecimal NOTABLE_SPREAD = BigDecimal.valueOf(2);

    public IndicatorResult {
        byViewpoint = Map.copyOf(byViewpoint);
        evidence = evidence == null ? "" : evidence;
    }

    public boolean viewsDiffer() {
        return spread != null && spread.compareTo(NOTABLE_SPREAD) >= 0;
    }

    public Score viewpoint(Viewpoint viewpoint) {
        return byViewpoint.getOrDefault(viewpoint, Score.NONE);
    }
}
