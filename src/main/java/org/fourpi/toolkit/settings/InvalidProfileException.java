package org.fourpi.toolkit.settings;

import org.fourpi.toolkit.common.validation.Problem;
import java.util.Map;

/** A profile was offered for saving with fields that break the rules; nothing was saved. */
public final class InvalidProfileException extends RuntimeException {

    private final transient Map<ProfileField, Problem> problems;

    public InvalidProfileException(Map<ProfileField, Problem> problems) {
        super("Profile not saved: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<ProfileField, Problem> problems() {
        return problems;
    }
}
