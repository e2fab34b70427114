package org.fourpi.toolkit.settings;

import java.util.Map;

/** A profile was offered for saving with fields that break the rules; nothing was saved. */
public final class InvalidProfileException extends RuntimeException {

    private final transient Map<ProfileField, ProfileProblem> problems;

    public InvalidProfileException(Map<ProfileField, ProfileProblem> problems) {
        super("Profile not saved: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<ProfileField, ProfileProblem> problems() {
        return problems;
    }
}
