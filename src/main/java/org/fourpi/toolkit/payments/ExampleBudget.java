package org.fourpi.toolkit.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.demo.ExampleData;

/**
 * An example involvement budget for this tax year and the one before, sized for a small group that
 * meets monthly, so the budget tab shows spending against a plan rather than against nothing.
 */
public final class ExampleBudget implements ExampleData {

    private static final Map<ClaimCategory, Money> YEARLY = yearly();

    private final BudgetService budget;
    private final Clock clock;

    public ExampleBudget(BudgetService budget, Clock clock) {
        this.budget = budget;
        this.clock = clock;
    }

    @Override
    public boolean hasRecords() {
        TaxYear year = TaxYear.of(LocalDate.now(clock));
        return budget.report(year).saved() || budget.report(previous(year)).saved();
    }

    @Override
    public void add() {
        TaxYear year = TaxYear.of(LocalDate.now(clock));
        budget.save(previous(year), YEARLY);
        budget.save(year, YEARLY);
    }

    private static TaxYear previous(TaxYear year) {
        return TaxYear.starting(year.startYear() - 1);
    }

    private static Map<ClaimCategory, Money> yearly() {
        Map<ClaimCategory, Money> amounts = new EnumMap<>(ClaimCategory.class);
        amounts.put(ClaimCategory.FEE, Money.of("9000.00"));
        amounts.put(ClaimCategory.PUBLIC_TRANSPORT, Money.of("900.00"));
        amounts.put(ClaimCategory.MILEAGE, Money.of("400.00"));
        amounts.put(ClaimCategory.TAXI, Money.of("400.00"));
        amounts.put(ClaimCategory.PARKING, Money.of("80.00"));
        amounts.put(ClaimCategory.SUBSISTENCE, Money.of("200.00"));
        amounts.put(ClaimCategory.CHILDCARE, Money.of("500.00"));
        amounts.put(ClaimCategory.REPLACEMENT_CARER, Money.of("400.00"));
        amounts.put(ClaimCategory.SUPPORT_WORKER, Money.of("400.00"));
        amounts.put(ClaimCategory.INTERPRETER, Money.of("300.00"));
        amounts.put(ClaimCategory.OTHER, Money.of("100.00"));
        return Map.copyOf(amounts);
    }
}
