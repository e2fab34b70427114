package org.fourpi.toolkit.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fourpi.toolkit.audit.AuditArea;
import org.fourpi.toolkit.audit.AuditChange;
import org.fourpi.toolkit.audit.AuditTrail;
import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.jooq.DSLContext;

/**
 * The yearly involvement budget, per category of claim line, and how it stands: spent (paid claims whose
 * activity was in the tax year), committed (claims submitted or approved) and what is left. Every line
 * counts, costs the organisation paid itself and adjustments included, because they are real cost;
 * drafts and rejected claims do not.
 */
public final class BudgetService {

    public static final Money MAX_BUDGET = Money.of("1000000.00");

    private final Database database;
    private final Clock clock;
    private final BudgetRepository repository = new BudgetRepository();
    private final AuditTrail audit;

    public BudgetService(Database database, Clock clock) {
        this(database, clock, AuditTrail.NONE);
    }

    /** @param audit where each change is written, in the change's own transaction */
    public BudgetService(Database database, Clock clock, AuditTrail audit) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
    }

    /** The year's budget beside its spending; categories with no budget show £0.00. */
    public BudgetReport report(TaxYear year) {
        DSLContext db = database.dsl();
        Map<ClaimCategory, Money> budget = repository.amounts(db, year);
        Map<ClaimCategory, Money> spent = repository.linesByCategory(db, year.start(), year.end(),
                Set.of(ClaimStatus.PAID));
        Map<ClaimCategory, Money> committed = repository.linesByCategory(db, year.start(), year.end(),
                Set.of(ClaimStatus.SUBMITTED, ClaimStatus.APPROVED));
        List<BudgetReport.Line> lines = new ArrayList<>();
        Money totalBudget = Money.ZERO;
        Money totalSpent = Money.ZERO;
        Money totalCommitted = Money.ZERO;
        for (ClaimCategory category : ClaimCategory.values()) {
            BudgetReport.Line line = new BudgetReport.Line(category, budget.getOrDefault(category, Money.ZERO),
                    spent.getOrDefault(category, Money.ZERO), committed.getOrDefault(category, Money.ZERO));
            lines.add(line);
            totalBudget = totalBudget.plus(line.budget());
            totalSpent = totalSpent.plus(line.spent());
            totalCommitted = totalCommitted.plus(line.committed());
        }
        return new BudgetReport(year, lines, new BudgetReport.Line(null, totalBudget, totalSpent, totalCommitted),
                !budget.isEmpty());
    }

    /** The budget saved for a year, to start another year from; empty when none was saved. */
    public Map<ClaimCategory, Money> amounts(TaxYear year) {
        return repository.amounts(database.dsl(), year);
    }

    /**
     * Saves the year's budget, every category at once.
     *
     * @throws InvalidBudgetException naming each category below £0 or above {@link #MAX_BUDGET}; nothing is
     *                                saved then
     */
    public BudgetReport save(TaxYear year, Map<ClaimCategory, Money> amounts) {
        Map<ClaimCategory, BudgetProblem> problems = new EnumMap<>(ClaimCategory.class);
        amounts.forEach((category, amount) -> {
            if (!inRange(amount)) {
                problems.put(category, BudgetProblem.OUT_OF_RANGE);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidBudgetException(problems);
        }
        database.transaction(db -> {
            Map<ClaimCategory, Money> before = repository.amounts(db, year);
            repository.replace(db, year, new EnumMap<>(amounts), LocalDateTime.now(clock));
            List<AuditChange> changes = new ArrayList<>();
            for (ClaimCategory category : ClaimCategory.values()) {
                Money was = before.get(category);
                Money is = amounts.get(category);
                if (was == null ? is != null : is == null || was.compareTo(is) != 0) {
                    // The tax year is the record: 2026 is the year from 6 April 2026.
                    changes.add(new AuditChange(AuditArea.PAYMENTS, "budget.changed", (long) year.start().getYear(),
                            null, category.labelKey(), was, is));
                }
            }
            audit.record(db, changes);
        });
        return report(year);
    }

    /**
     * Checks a typed budget such as "1250" or "£1,250.00"; an empty box means £0.
     *
     * @return the problem, or null when the text is a budget that can be saved
     */
    public static BudgetProblem check(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal value = RateRules.parseAmount(text);
        if (value == null || value.scale() > 2) {
            return BudgetProblem.NOT_AN_AMOUNT;
        }
        return inRange(Money.of(value)) ? null : BudgetProblem.OUT_OF_RANGE;
    }

    /** The amount of a typed budget that {@link #check} accepts. */
    public static Money parse(String text) {
        return text == null || text.isBlank() ? Money.ZERO : Money.of(RateRules.parseAmount(text));
    }

    private static boolean inRange(Money amount) {
        return !amount.isNegative() && amount.compareTo(MAX_BUDGET) <= 0;
    }
}
