package org.fourpi.toolkit.payments;

import static org.fourpi.toolkit.db.Tables.CLAIM;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Reads the dates the time-to-pay figures are made from. */
final class TimelinessRepository {

    /** A claim's activity date and, once paid, the day it was paid. */
    record Dates(LocalDate activityDate, LocalDate paidOn) {
    }

    /** Claims paid between two days, both included. */
    List<Dates> paidBetween(DSLContext db, LocalDate from, LocalDate to) {
        return db.select(CLAIM.ACTIVITY_DATE, CLAIM.PAID_ON).from(CLAIM)
                .where(CLAIM.STATUS.eq(ClaimStatus.PAID.name()))
                .and(CLAIM.PAID_ON.between(from, to))
                .fetch(r -> new Dates(r.value1(), r.value2()));
    }

    /**
     * Claims paid between two days, both included, counted by the database in groups: by the days from
     * the activity to the payment, and by the period their activity date falls in.
     *
     * @param starts the first days of the periods, earliest first; period 0 is before the first of them,
     *               period i starts on {@code starts.get(i - 1)}
     */
    List<PaidGroup> paidGroupsBetween(DSLContext db, LocalDate from, LocalDate to, List<LocalDate> starts) {
        Field<Integer> days = DSL.localDateDiff(CLAIM.PAID_ON, CLAIM.ACTIVITY_DATE);
        // Dates written into the query, so the grouped expression is the same text in SELECT and GROUP BY.
        Field<Integer> period = DSL.inline(0);
        if (!starts.isEmpty()) {
            var latestFirst = DSL.when(CLAIM.ACTIVITY_DATE.ge(DSL.inline(starts.getLast())), DSL.inline(starts.size()));
            for (int i = starts.size() - 1; i >= 1; i--) {
                latestFirst = latestFirst.when(CLAIM.ACTIVITY_DATE.ge(DSL.inline(starts.get(i - 1))), DSL.inline(i));
            }
            period = latestFirst.otherwise(DSL.inline(0));
        }
        // The status is checked in the count, not the WHERE clause, so the table is read straight through:
        // most claims are paid, and reaching each of them through the status index is several times slower.
        return db.select(days, period, DSL.count().filterWhere(CLAIM.STATUS.eq(ClaimStatus.PAID.name()))).from(CLAIM)
                .where(CLAIM.PAID_ON.between(from, to))
                .groupBy(days, period)
                .fetch(r -> new PaidGroup(r.value1(), r.value2(), r.value3())).stream()
                .filter(g -> g.claims() > 0).toList();
    }

    /** How many paid claims took a number of days from activity to payment, in one period of activity dates. */
    record PaidGroup(long days, int period, int claims) {
    }

    /** The activity dates of claims submitted or approved and not yet paid. */
    List<LocalDate> waiting(DSLContext db) {
        return db.select(CLAIM.ACTIVITY_DATE).from(CLAIM)
                .where(CLAIM.STATUS.in(ClaimStatus.SUBMITTED.name(), ClaimStatus.APPROVED.name()))
                .fetch(r -> r.value1());
    }
}
