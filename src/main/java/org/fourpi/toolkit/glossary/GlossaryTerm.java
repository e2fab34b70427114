package org.fourpi.toolkit.glossary;

/** A word or abbreviation in the organisation's glossary, with its explanation in plain words. */
public record GlossaryTerm(long id, String term, String explanation) {
}
