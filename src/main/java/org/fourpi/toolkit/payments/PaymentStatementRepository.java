package org.fourpi.toolkit.payments;

import static org.fourpi.toolkit.db.Tables.CLAIM;
import static org.fourpi.toolkit.db.Tables.CLAIM_LINE;
import static org.fourpi.toolkit.db.Tables.PERSON;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/** Reads claim lines with their claims and people, for statements and the ledger. */
final class PaymentStatementRepository {

    /** Rows the driver hands over at a time when the ledger is read as it is written. */
    private static final int FETCH_SIZE = 1000;

    /** Lines of claims in the given statuses, with an activity in the tax year (or any year), in date order. */
    List<LedgerLine> lines(DSLContext db, Collection<ClaimStatus> statuses, Optional<TaxYear> year, Long personId) {
        return linesQuery(db, where(statuses, year, personId)).fetch(PaymentStatementRepository::toLine);
    }

    /**
     * The same lines as {@link #lines} for every person, in the same order, read as they are taken so that
     * none are kept; close the stream when done.
     */
    Stream<LedgerLine> streamLines(DSLContext db, Collection<ClaimStatus> statuses, Optional<TaxYear> year) {
        return linesQuery(db, where(statuses, year, null)).fetchSize(FETCH_SIZE).fetchLazy().stream()
                .map(PaymentStatementRepository::toLine);
    }

    /** The ledger's totals added up in SQL: a few grouped rows instead of every line. */
    LedgerTotals totals(DSLContext db, Collection<ClaimStatus> statuses, Optional<TaxYear> year) {
        var count = DSL.count();
        var sum = DSL.sum(CLAIM_LINE.AMOUNT);
        int lines = 0;
        BigDecimal owed = BigDecimal.ZERO;
        BigDecimal paidByOrganisation = BigDecimal.ZERO;
        boolean hasRejected = false;
        for (Record r : db.select(CLAIM.STATUS, CLAIM_LINE.PAID_BY_ORGANISATION, count, sum)
                .from(CLAIM_LINE)
                .join(CLAIM).on(CLAIM.ID.eq(CLAIM_LINE.CLAIM_ID))
                .where(where(statuses, year, null))
                .groupBy(CLAIM.STATUS, CLAIM_LINE.PAID_BY_ORGANISATION)
                .fetch()) {
            ClaimStatus status = ClaimStatus.valueOf(r.get(CLAIM.STATUS));
            lines += r.get(count);
            hasRejected |= status == ClaimStatus.REJECTED;
            if (status.counts()) {
                if (r.get(CLAIM_LINE.PAID_BY_ORGANISATION)) {
                    paidByOrganisation = paidByOrganisation.add(r.get(sum));
                } else {
                    owed = owed.add(r.get(sum));
                }
            }
        }
        return new LedgerTotals(lines, Money.of(owed), Money.of(paidByOrganisation),
                Money.of(owed.add(paidByOrganisation)), hasRejected);
    }

    private static Condition where(Collection<ClaimStatus> statuses, Optional<TaxYear> year, Long personId) {
        Condition where = CLAIM.STATUS.in(statuses.stream().map(ClaimStatus::name).toList());
        if (year.isPresent()) {
            where = where.and(CLAIM.ACTIVITY_DATE.between(year.get().start(), year.get().end()));
        }
        if (personId != null) {
            where = where.and(CLAIM.PERSON_ID.eq(personId));
        }
        return where;
    }

    private static ResultQuery<? extends Record> linesQuery(DSLContext db, Condition where) {
        return db.select(CLAIM.ID, CLAIM.PERSON_ID, ClaimRepository.PERSON_NAME.as("person_name"), CLAIM.ACTIVITY,
                        CLAIM.ACTIVITY_DATE, CLAIM.STATUS, CLAIM.PAID_ON, CLAIM.PAYMENT_METHOD,
                        CLAIM.PAYMENT_REFERENCE, CLAIM_LINE.CATEGORY, CLAIM_LINE.DESCRIPTION, CLAIM_LINE.FEE_UNIT,
                        CLAIM_LINE.QUANTITY, CLAIM_LINE.AMOUNT, CLAIM_LINE.PAID_BY_ORGANISATION,
                        CLAIM_LINE.ADJUSTMENT_REASON)
                .from(CLAIM_LINE)
                .join(CLAIM).on(CLAIM.ID.eq(CLAIM_LINE.CLAIM_ID))
                .join(PERSON).on(PERSON.ID.eq(CLAIM.PERSON_ID))
                .where(where)
                .orderBy(CLAIM.ACTIVITY_DATE, CLAIM.ID, CLAIM_LINE.POSITION);
    }

    Optional<String> personName(DSLContext db, long personId) {
        return db.select(ClaimRepository.PERSON_NAME).from(PERSON).where(PERSON.ID.eq(personId))
                .fetchOptional(r -> r.value1());
    }

    /** The different activity dates of claims that are not drafts. */
    List<LocalDate> activityDates(DSLContext db) {
        return db.selectDistinct(CLAIM.ACTIVITY_DATE).from(CLAIM)
                .where(CLAIM.STATUS.ne(ClaimStatus.DRAFT.name()))
                .fetch(r -> r.value1());
    }

    private static LedgerLine toLine(Record r) {
        String unit = r.get(CLAIM_LINE.FEE_UNIT);
        String method = r.get(CLAIM.PAYMENT_METHOD);
        return new LedgerLine(r.get(CLAIM.ID), r.get(CLAIM.PERSON_ID), r.get("person_name", String.class),
                r.get(CLAIM.ACTIVITY), r.get(CLAIM.ACTIVITY_DATE), ClaimCategory.valueOf(r.get(CLAIM_LINE.CATEGORY)),
                r.get(CLAIM_LINE.DESCRIPTION), unit == null ? null : FeeUnit.valueOf(unit), r.get(CLAIM_LINE.QUANTITY),
                Money.of(r.get(CLAIM_LINE.AMOUNT)), r.get(CLAIM_LINE.PAID_BY_ORGANISATION),
                r.get(CLAIM_LINE.ADJUSTMENT_REASON), ClaimStatus.valueOf(r.get(CLAIM.STATUS)), r.get(CLAIM.PAID_ON),
                method == null ? null : PaymentMethod.valueOf(method), r.get(CLAIM.PAYMENT_REFERENCE));
    }
}
