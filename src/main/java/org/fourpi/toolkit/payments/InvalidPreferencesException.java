package org.fourpi.toolkit.payments;

/** Payment preferences that break a rule; nothing was saved. */
public final class InvalidPreferencesException extends RuntimeException {

    private final PreferencesProblem problem;

    public InvalidPreferencesException(PreferencesProblem problem) {
        super("Payment preferences not valid: " + problem);
        this.problem = problem;
    }

    public PreferencesProblem problem() {
        return problem;
    }
}
