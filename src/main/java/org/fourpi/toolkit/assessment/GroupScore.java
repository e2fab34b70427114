package org.fourpi.toolkit.assessment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The results for an area, or a part of Process.
 *
 * @param agreed      the average of the group's agreed ratings
 * @param byViewpoint the average of the participants' own ratings, by viewpoint (empty when nobody rated on their own)
 * @param before      the agreed average in the previous assessment of the same scope, or {@link Score#NONE}
 * @param change      agreed less before, or null when either is missing
 */
public record GroupScore(String key, String name, Score agreed, Map<Viewpoint, Score> byViewpoint, Score before,
                         BigDecimal change) {

    public GroupScore {
        byViewpoint = Map.copyOf(byViewpoint);
    }

    public Score viewpoint(Viewpoint viewpoint) {
        return byViewpoint.getOrDefault(viewpoint, Score.NONE);
    }
}
