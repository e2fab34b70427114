package org.fourpi.toolkit.payments;

import static org.fourpi.toolkit.db.Tables.CLAIM;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;

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

    /** The activity dates of claims submitted or approved and not yet paid. */
    List<LocalDate> waiting(DSLContext db) {
        return db.select(CLAIM.ACTIVITY_DATE).from(CLAIM)
                .where(CLAIM.STATUS.in(ClaimStatus.SUBMITTED.name(), ClaimStatus.APPROVED.name()))
                .fetch(r -> r.value1());
    }
}
