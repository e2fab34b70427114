package org.fourpi.toolkit.payments;

import java.util.List;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;

/**
 * A tax year's involvement budget beside what has been spent and committed, category by category.
 *
 * @param lines one per category, in the order of {@link ClaimCategory}
 * @param saved true when a budget has been saved for the year
 */
public record BudgetReport(TaxYear year, List<Line> lines, Line total, boolean saved) {

    public BudgetReport {
        lines = List.copyOf(lines);
    }

    /**
     * One category, or the total (category null).
     *
     * @param spent     lines of paid claims whose activity was in the tax year
     * @param committed lines of claims submitted or approved but not yet paid
     */
    public record Line(ClaimCategory category, Money budget, Money spent, Money committed) {

        /** The budget less what is spent and committed; below zero when over budget. */
        public Money left() {
            return budget.minus(spent).minus(committed);
        }

        public boolean over() {
            return left().isNegative();
        }
    }
}
