package org.fourpi.toolkit.people;

import java.util.List;

/** The figures of one topic, such as people by perspective, in the order they are listed. */
public record PresenceBreakdown(PresenceTopic topic, List<PresenceFigure> figures) {

    public PresenceBreakdown {
        figures = List.copyOf(figures);
    }

    /** The figure with the given label, as shown. */
    public PresenceFigure figure(String labelKey) {
        return figures.stream().filter(f -> f.labelKey().equals(labelKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No figure " + labelKey + " in " + topic));
    }
}
