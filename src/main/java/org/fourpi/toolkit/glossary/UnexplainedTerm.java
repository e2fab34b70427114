package org.fourpi.toolkit.glossary;

import java.util.List;

/**
 * An abbreviation found in the text that is neither in the glossary nor explained where it is used,
 * with each place it was found, in the order the pieces were given.
 *
 * @param term the abbreviation as written, without a plural "s": "CMHT" for "CMHTs"
 */
public record UnexplainedTerm(String term, List<Place> places) {

    public UnexplainedTerm {
        places = List.copyOf(places);
    }

    /** How many times in all. */
    public int times() {
        return places.stream().mapToInt(Place::times).sum();
    }
}
