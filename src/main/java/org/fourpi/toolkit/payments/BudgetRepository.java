package org.fourpi.toolkit.payments;

import static org.fourpi.toolkit.db.Tables.CLAIM;
import static org.fourpi.toolkit.db.Tables.CLAIM_LINE;
import static org.fourpi.toolkit.db.Tables.PAYMENT_BUDGET;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads and writes the yearly budget, and adds up the claim lines it is compared with. */
final class BudgetRepository {

    Map<ClaimCategory, Money> amounts(DSLContext db, TaxYear year) {
        Map<ClaimCategory, Money> amounts = new EnumMap<>(ClaimCategory.class);
        db.selectFrom(PAYMENT_BUDGET).where(PAYMENT_BUDGET.TAX_YEAR_START.eq(year.startYear()))
                .forEach(r -> amounts.put(ClaimCategory.valueOf(r.getCategory()), Money.of(r.getAmount())));
        return amounts;
    }

    /** Puts the year's budget in place of what was there. */
    void replace(DSLContext db, TaxYear year, Map<ClaimCategory, Money> amounts, LocalDateTime now) {
        db.deleteFrom(PAYMENT_BUDGET).where(PAYMENT_BUDGET.TAX_YEAR_START.eq(year.startYear())).execute();
        amounts.forEach((category, amount) -> db.insertInto(PAYMENT_BUDGET)
                .set(PAYMENT_BUDGET.TAX_YEAR_START, year.startYear())
                .set(PAYMENT_BUDGET.CATEGORY, category.name())
                .set(PAYMENT_BUDGET.AMOUNT, amount.amount())
                .set(PAYMENT_BUDGET.UPDATED_AT, now)
                .execute());
    }

    /** The sum of every line, adjustments and costs the organisation paid included, by category. */
    Map<ClaimCategory, Money> linesByCategory(DSLContext db, LocalDate from, LocalDate to,
                                              Collection<ClaimStatus> statuses) {
        Map<ClaimCategory, Money> sums = new EnumMap<>(ClaimCategory.class);
        db.select(CLAIM_LINE.CATEGORY, DSL.sum(CLAIM_LINE.AMOUNT))
                .from(CLAIM_LINE).join(CLAIM).on(CLAIM.ID.eq(CLAIM_LINE.CLAIM_ID))
                .where(CLAIM.STATUS.in(statuses.stream().map(ClaimStatus::name).toList()))
                .and(CLAIM.ACTIVITY_DATE.between(from, to))
                .groupBy(CLAIM_LINE.CATEGORY)
                .forEach(r -> sums.put(ClaimCategory.valueOf(r.value1()),
                        Money.of(r.value2() == null ? BigDecimal.ZERO : r.value2())));
        return sums;
    }
}
