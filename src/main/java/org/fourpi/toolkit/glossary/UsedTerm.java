package org.fourpi.toolkit.glossary;

import java.util.List;

/** A glossary term found in the text, with each place it was found, in the order the pieces were given. */
public record UsedTerm(GlossaryTerm term, List<Place> places) {

    public UsedTerm {
        places = List.copyOf(places);
    }

    /** How many times in all. */
    public int times() {
        return places.stream().mapToInt(Place::times).sum();
    }
}
