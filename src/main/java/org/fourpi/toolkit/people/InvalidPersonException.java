package org.fourpi.toolkit.people;

import java.util.Map;

import org.fourpi.toolkit.common.validation.Problem;

/** A person was offered for saving with fields that break the rules; nothing was saved. */
public final class InvalidPersonException extends RuntimeException {

    private final transient Map<PersonField, Problem> problems;

    public InvalidPersonException(Map<PersonField, Problem> problems) {
        super("Person not saved: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<PersonField, Problem> problems() {
        return problems;
    }
}
