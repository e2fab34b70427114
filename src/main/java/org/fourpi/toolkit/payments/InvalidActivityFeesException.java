package org.fourpi.toolkit.payments;

import java.util.List;

/** Fees for particular activities that break the rules; nothing was saved. */
public final class InvalidActivityFeesException extends IllegalArgumentException {

    private final transient List<ActivityFeeProblem> problems;

    public InvalidActivityFeesException(List<ActivityFeeProblem> problems) {
        super("Activity fees not saved: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ActivityFeeProblem> problems() {
        return problems;
    }
}
