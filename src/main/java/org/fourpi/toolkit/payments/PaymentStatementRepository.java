package org.fourpi.toolkit.payments;

import static org.fourpi.toolkit.db.Tables.CLAIM;
import static org.fourpi.toolkit.db.Tables.CLAIM_LINE;
import static org.fourpi.toolkit.db.Tables.PERSON;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;
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
     * The totals and the same lines as {@link #lines} for every person, in the same order, for writing out;
     * close the lines when done. Joining half a million lines to their claims and people in the database took most of an
     * export's time, so the claims (in ledger order), the people's names and the lines are read in three
     * plain reads and joined here. The lines are held in a compact form until their claim's turn comes.
     */
    LoadedLedger loadLedger(DSLContext db, Collection<ClaimStatus> statuses, Optional<TaxYear> year) {
        Condition where = where(statuses, year, null);
        Map<Long, String> names = db.select(PERSON.ID, ClaimRepository.PERSON_NAME).from(PERSON)
                .fetchMap(r -> r.value1(), r -> r.value2());
        List<ClaimPart> claims = db.select(CLAIM.ID, CLAIM.PERSON_ID, CLAIM.ACTIVITY, CLAIM.ACTIVITY_DATE,
                        CLAIM.STATUS, CLAIM.PAID_ON, CLAIM.PAYMENT_METHOD, CLAIM.PAYMENT_REFERENCE)
                .from(CLAIM)
                .where(where)
                .orderBy(CLAIM.ACTIVITY_DATE, CLAIM.ID)
                .fetch(r -> {
                    String method = r.value7();
                    return new ClaimPart(r.value1(), r.value2(), names.get(r.value2()), r.value3(), r.value4(),
                            ClaimStatus.valueOf(r.value5()), r.value6(),
                            method == null ? null : PaymentMethod.valueOf(method), r.value8());
                });
        Map<Long, List<LinePart>> lines = new HashMap<>();
        try (ResultSet rows = db.select(CLAIM_LINE.CLAIM_ID, CLAIM_LINE.CATEGORY, CLAIM_LINE.DESCRIPTION,
                        CLAIM_LINE.FEE_UNIT, CLAIM_LINE.QUANTITY, CLAIM_LINE.AMOUNT,
                        CLAIM_LINE.PAID_BY_ORGANISATION, CLAIM_LINE.ADJUSTMENT_REASON)
                .from(CLAIM_LINE)
                .where(CLAIM_LINE.CLAIM_ID.in(DSL.select(CLAIM.ID).from(CLAIM).where(where)))
                .orderBy(CLAIM_LINE.CLAIM_ID, CLAIM_LINE.POSITION)
                .fetchSize(FETCH_SIZE)
                .fetchResultSet()) {
            // Read by position, not through a jOOQ record each, which cost a large share of the time.
            List<LinePart> ofClaim = null;
            long claim = -1;
            while (rows.next()) {
                long id = rows.getLong(1);
                if (ofClaim == null || id != claim) {
                    claim = id;
                    ofClaim = new ArrayList<>(2);
                    lines.put(id, ofClaim);
                }
                String unit = rows.getString(4);
                ofClaim.add(new LinePart(ClaimCategory.valueOf(rows.getString(2)), rows.getString(3),
                        unit == null ? null : FeeUnit.valueOf(unit), rows.getBigDecimal(5),
                        Money.of(rows.getBigDecimal(6)), rows.getBoolean(7), rows.getString(8)));
            }
        } catch (SQLException e) {
            throw new DataAccessException("The ledger's lines could not be read", e);
        }
        // Added up here, from what was read: the same rules as the totals the database adds up, without a
        // fourth read.
        LedgerTotals.Adder totals = new LedgerTotals.Adder();
        for (ClaimPart c : claims) {
            for (LinePart l : lines.getOrDefault(c.id(), List.of())) {
                totals.add(c.line(l));
            }
        }
        // Each claim's lines are let go once written.
        return new LoadedLedger(totals.totals(), claims.stream()
                .flatMap(c -> Optional.ofNullable(lines.remove(c.id())).orElse(List.of()).stream().map(c::line))
                .onClose(lines::clear));
    }

    /** The ledger's totals, and its lines in ledger order; close the lines when done. */
    record LoadedLedger(LedgerTotals totals, Stream<LedgerLine> lines) {
    }

    /** What a ledger line takes from its claim and person. */
    private record ClaimPart(long id, long personId, String personName, String activity, LocalDate activityDate,
                             ClaimStatus status, LocalDate paidOn, PaymentMethod paymentMethod,
                             String paymentReference) {

        LedgerLine line(LinePart l) {
            return new LedgerLine(id, personId, personName, activity, activityDate, l.category(), l.description(),
                    l.feeUnit(), l.quantity(), l.amount(), l.paidByOrganisation(), l.adjustmentReason(), status,
                    paidOn, paymentMethod, paymentReference);
        }
    }

    /** What a ledger line takes from the claim's line. */
    private record LinePart(ClaimCategory category, String description, FeeUnit feeUnit, BigDecimal quantity,
                            Money amount, boolean paidByOrganisation, String adjustmentReason) {
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
