package org.fourpi.toolkit.payments;

import static org.fourpi.toolkit.db.Tables.CLAIM;
import static org.fourpi.toolkit.db.Tables.CLAIM_LINE;
import static org.fourpi.toolkit.db.Tables.PERSON;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Reads claim lines with their claims and people, for statements and the ledger. */
final class PaymentStatementRepository {

    /** Lines of claims in the given statuses, with an activity in the tax year (or any year), in date order. */
    List<LedgerLine> lines(DSLContext db, Collection<ClaimStatus> statuses, Optional<TaxYear> year, Long personId) {
        Condition where = CLAIM.STATUS.in(statuses.stream().map(ClaimStatus::name).toList());
        if (year.isPresent()) {
            where = where.and(CLAIM.ACTIVITY_DATE.between(year.get().start(), year.get().end()));
        }
        if (personId != null) {
            where = where.and(CLAIM.PERSON_ID.eq(personId));
        }
        return db.select(CLAIM.ID, CLAIM.PERSON_ID, ClaimRepository.PERSON_NAME.as("person_name"), CLAIM.ACTIVITY,
                        CLAIM.ACTIVITY_DATE, CLAIM.STATUS, CLAIM.PAID_ON, CLAIM.PAYMENT_METHOD,
                        CLAIM.PAYMENT_REFERENCE, CLAIM_LINE.CATEGORY, CLAIM_LINE.DESCRIPTION, CLAIM_LINE.FEE_UNIT,
                        CLAIM_LINE.QUANTITY, CLAIM_LINE.AMOUNT, CLAIM_LINE.PAID_BY_ORGANISATION,
                        CLAIM_LINE.ADJUSTMENT_REASON)
                .from(CLAIM_LINE)
                .join(CLAIM).on(CLAIM.ID.eq(CLAIM_LINE.CLAIM_ID))
                .join(PERSON).on(PERSON.ID.eq(CLAIM.PERSON_ID))
                .where(where)
                .orderBy(CLAIM.ACTIVITY_DATE, CLAIM.ID, CLAIM_LINE.POSITION)
                .fetch(PaymentStatementRepository::toLine);
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
