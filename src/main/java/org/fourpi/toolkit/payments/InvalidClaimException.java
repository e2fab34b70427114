package org.fourpi.toolkit.payments;

import java.util.List;

/** A claim, or a change to one, broke a rule; nothing was saved. */
public final class InvalidClaimException extends RuntimeException {

    private final transient List<ClaimProblem> problems;

    public InvalidClaimException(List<ClaimProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidClaimException(ClaimProblem.Kind kind) {
        this(List.of(ClaimProblem.ofClaim(kind)));
    }

    public List<ClaimProblem> problems() {
        return problems;
    }
}
