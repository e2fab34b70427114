package org.fourpi.toolkit.assessment;

import java.util.List;

/**
 * One of the five 4PI areas. Process has four parts; the others have their indicators directly, so
 * they have one group whose key is the area's own code.
 */
public record Area(String code, String name, String about, List<IndicatorGroup> groups) {

    public Area {
        groups = List.copyOf(groups);
    }

    public List<Indicator> indicators() {
        return groups.stream().flatMap(g -> g.indicators().stream()).toList();
    }
}
