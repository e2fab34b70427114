package org.fourpi.toolkit.glossary;

import java.util.Map;

/** A glossary entry was offered for saving with fields that break the rules; nothing was saved. */
public final class InvalidTermException extends RuntimeException {

    private final transient Map<GlossaryField, GlossaryProblem> problems;

    public InvalidTermException(Map<GlossaryField, GlossaryProblem> problems) {
        super("Glossary entry not saved: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<GlossaryField, GlossaryProblem> problems() {
        return problems;
    }
}
