package org.fourpi.toolkit.payments;

import java.util.Map;

/** A budget that was not saved, with the problem of each category that stopped it. */
public final class InvalidBudgetException extends RuntimeException {

    private final transient Map<ClaimCategory, BudgetProblem> problems;

    public InvalidBudgetException(Map<ClaimCategory, BudgetProblem> problems) {
        super("Budget not valid: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<ClaimCategory, BudgetProblem> problems() {
        return problems;
    }
}
