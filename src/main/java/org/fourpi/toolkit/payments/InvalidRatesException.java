package org.fourpi.toolkit.payments;

import java.util.Map;

/** A rate set that breaks a rule; nothing was saved. */
public final class InvalidRatesException extends RuntimeException {

    private final transient Map<RateField, RateProblem> problems;

    public InvalidRatesException(Map<RateField, RateProblem> problems) {
        super("Rate set not valid: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<RateField, RateProblem> problems() {
        return problems;
    }
}
