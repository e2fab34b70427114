package org.fourpi.toolkit.meetings;

/** A term used in a meeting pack and what it means in plain words, for the pack's glossary. */
public record PackTerm(String term, String explanation) {

    public PackTerm {
        term = term == null ? "" : term.strip();
        explanation = explanation == null ? "" : explanation.strip();
    }
}
