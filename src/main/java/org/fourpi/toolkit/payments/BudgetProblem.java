package org.fourpi.toolkit.payments;

import org.fourpi.toolkit.common.text.Labelled;

/** Why a category's budget cannot be saved. */
public enum BudgetProblem implements Labelled {
    /** Not a sum of money such as 1250 or £1,250.00. */
    NOT_AN_AMOUNT,
    /** Below £0 or above {@link BudgetService#MAX_BUDGET}. */
    OUT_OF_RANGE;

    @Override
    public String labelKey() {
        return "payments.budget.problem." + name();
    }
}
