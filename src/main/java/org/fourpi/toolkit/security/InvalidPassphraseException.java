package org.fourpi.toolkit.security;

/** A new passphrase broke a rule; the problem says which. */
public final class InvalidPassphraseException extends RuntimeException {

    private final PassphraseProblem problem;

    public InvalidPassphraseException(PassphraseProblem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public PassphraseProblem problem() {
        return problem;
    }
}
