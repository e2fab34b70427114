package org.fourpi.toolkit.payments;

import static org.fourpi.toolkit.db.Tables.CLAIM;
import static org.fourpi.toolkit.db.Tables.CLAIM_AUDIT;
import static org.fourpi.toolkit.db.Tables.CLAIM_LINE;
import static org.fourpi.toolkit.db.Tables.PERSON;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fourpi.toolkit.common.money.Money;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Reads and writes claims, their lines and their audit trail. */
final class ClaimRepository {

    /** The name lists show: the name a person likes to be called, then their last name. */
    static final Field<String> PERSON_NAME = DSL.trim(DSL.concat(
            DSL.coalesce(DSL.nullif(PERSON.KNOWN_AS, ""), PERSON.FIRST_NAME), DSL.inline(" "),
            DSL.coalesce(PERSON.LAST_NAME, DSL.inline(""))));

    long insert(DSLContext db, ClaimDraft draft, LocalDateTime now) {
        return db.insertInto(CLAIM)
                .set(CLAIM.PERSON_ID, draft.personId())
                .set(CLAIM.ACTIVITY, draft.activity())
                .set(CLAIM.ACTIVITY_TYPE, emptyToNull(draft.activityType()))
                .set(CLAIM.ACTIVITY_DATE, draft.activityDate())
                .set(CLAIM.MEETING_ID, draft.meetingId())
                .set(CLAIM.STATUS, ClaimStatus.DRAFT.name())
                .set(CLAIM.NOTES, emptyToNull(draft.notes()))
                .set(CLAIM.CREATED_AT, now)
                .set(CLAIM.UPDATED_AT, now)
                .returning(CLAIM.ID)
                .fetchOne(CLAIM.ID);
    }

    void updateDetails(DSLContext db, long id, ClaimDraft draft, LocalDateTime now) {
        db.update(CLAIM)
                .set(CLAIM.PERSON_ID, draft.personId())
                .set(CLAIM.ACTIVITY, draft.activity())
                .set(CLAIM.ACTIVITY_TYPE, emptyToNull(draft.activityType()))
                .set(CLAIM.ACTIVITY_DATE, draft.activityDate())
                .set(CLAIM.MEETING_ID, draft.meetingId())
                .set(CLAIM.NOTES, emptyToNull(draft.notes()))
                .set(CLAIM.UPDATED_AT, now)
                .where(CLAIM.ID.eq(id))
                .execute();
    }

    void deleteLines(DSLContext db, long claimId) {
        db.deleteFrom(CLAIM_LINE).where(CLAIM_LINE.CLAIM_ID.eq(claimId)).execute();
    }

    void insertLine(DSLContext db, long claimId, int position, ClaimLine line) {
        db.insertInto(CLAIM_LINE)
                .set(CLAIM_LINE.CLAIM_ID, claimId)
                .set(CLAIM_LINE.POSITION, position)
                .set(CLAIM_LINE.CATEGORY, line.category().name())
                .set(CLAIM_LINE.DESCRIPTION, emptyToNull(line.description()))
                .set(CLAIM_LINE.FEE_UNIT, line.feeUnit() == null ? null : line.feeUnit().name())
                .set(CLAIM_LINE.QUANTITY, line.quantity())
                .set(CLAIM_LINE.PASSENGERS, line.passengers())
                .set(CLAIM_LINE.AMOUNT, line.amount().amount())
                .set(CLAIM_LINE.PAID_BY_ORGANISATION, line.paidByOrganisation())
                .set(CLAIM_LINE.ADJUSTMENT_REASON, line.adjustmentReason())
                .set(CLAIM_LINE.RECEIPT_FILE, line.receiptFile())
                .set(CLAIM_LINE.RECEIPT_NAME, line.receiptName())
                .set(CLAIM_LINE.CREATED_AT, line.createdAt())
                .execute();
    }

    int nextLinePosition(DSLContext db, long claimId) {
        Integer max = db.select(DSL.max(CLAIM_LINE.POSITION)).from(CLAIM_LINE)
                .where(CLAIM_LINE.CLAIM_ID.eq(claimId)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    void delete(DSLContext db, long id) {
        db.deleteFrom(CLAIM).where(CLAIM.ID.eq(id)).execute();
    }

    Optional<Claim> find(DSLContext db, long id) {
        return db.select(CLAIM.asterisk(), PERSON_NAME.as("person_name"))
                .from(CLAIM).join(PERSON).on(PERSON.ID.eq(CLAIM.PERSON_ID))
                .where(CLAIM.ID.eq(id))
                .fetchOptional(r -> toClaim(r, lines(db, id)));
    }

    /** Locks the claim's row until the transaction ends, so two changes to one claim cannot cross. */
    Optional<ClaimStatus> statusForUpdate(DSLContext db, long id) {
        return db.select(CLAIM.STATUS).from(CLAIM).where(CLAIM.ID.eq(id)).forUpdate()
                .fetchOptional(r -> ClaimStatus.valueOf(r.value1()));
    }

    List<ClaimLine> lines(DSLContext db, long claimId) {
        return db.selectFrom(CLAIM_LINE).where(CLAIM_LINE.CLAIM_ID.eq(claimId))
                .orderBy(CLAIM_LINE.POSITION)
                .fetch(r -> new ClaimLine(r.getId(), ClaimCategory.valueOf(r.getCategory()),
                        r.getDescription() == null ? "" : r.getDescription(),
                        r.getFeeUnit() == null ? null : FeeUnit.valueOf(r.getFeeUnit()),
                        r.getQuantity(), r.getPassengers(), Money.of(r.getAmount()), r.getPaidByOrganisation(),
                        r.getAdjustmentReason(), r.getReceiptFile(), r.getReceiptName(), r.getCreatedAt()));
    }

    /** The people who already have a claim for a meeting, whatever its state. */
    Set<Long> peopleWithClaimsFor(DSLContext db, long meetingId) {
        return new HashSet<>(db.select(CLAIM.PERSON_ID).from(CLAIM).where(CLAIM.MEETING_ID.eq(meetingId))
                .fetch(CLAIM.PERSON_ID));
    }

    void markSubmitted(DSLContext db, long id, LocalDate on, LocalDateTime now) {
        db.update(CLAIM).set(CLAIM.STATUS, ClaimStatus.SUBMITTED.name()).set(CLAIM.SUBMITTED_ON, on)
                .set(CLAIM.UPDATED_AT, now).where(CLAIM.ID.eq(id)).execute();
    }

    void markApproved(DSLContext db, long id, LocalDate on, LocalDateTime now) {
        db.update(CLAIM).set(CLAIM.STATUS, ClaimStatus.APPROVED.name()).set(CLAIM.APPROVED_ON, on)
                .set(CLAIM.UPDATED_AT, now).where(CLAIM.ID.eq(id)).execute();
    }

    void markPaid(DSLContext db, long id, LocalDate on, PaymentMethod method, String reference, LocalDateTime now) {
        db.update(CLAIM).set(CLAIM.STATUS, ClaimStatus.PAID.name()).set(CLAIM.PAID_ON, on)
                .set(CLAIM.PAYMENT_METHOD, method.name()).set(CLAIM.PAYMENT_REFERENCE, emptyToNull(reference))
                .set(CLAIM.UPDATED_AT, now).where(CLAIM.ID.eq(id)).execute();
    }

    void markRejected(DSLContext db, long id, String reason, LocalDateTime now) {
        db.update(CLAIM).set(CLAIM.STATUS, ClaimStatus.REJECTED.name()).set(CLAIM.REJECTED_REASON, reason)
                .set(CLAIM.UPDATED_AT, now).where(CLAIM.ID.eq(id)).execute();
    }

    /** Back to a draft: the dates of submission and approval and the reason for rejection are cleared. */
    void reopen(DSLContext db, long id, LocalDateTime now) {
        db.update(CLAIM).set(CLAIM.STATUS, ClaimStatus.DRAFT.name())
                .setNull(CLAIM.SUBMITTED_ON).setNull(CLAIM.APPROVED_ON).setNull(CLAIM.REJECTED_REASON)
                .set(CLAIM.UPDATED_AT, now).where(CLAIM.ID.eq(id)).execute();
    }

    void touch(DSLContext db, long id, LocalDateTime now) {
        db.update(CLAIM).set(CLAIM.UPDATED_AT, now).where(CLAIM.ID.eq(id)).execute();
    }

    /**
     * Miles the person claimed for car journeys earlier in a stretch of days: claims not rejected, with
     * an activity from {@code from} up to {@code date}, and on {@code date} itself only claims entered
     * before {@code claimId} (every one, for a claim not yet saved).
     */
    BigDecimal milesBefore(DSLContext db, long personId, LocalDate from, LocalDate date, Long claimId) {
        Condition sameDayEarlier = claimId == null ? DSL.trueCondition() : CLAIM.ID.lt(claimId);
        BigDecimal miles = db.select(DSL.sum(CLAIM_LINE.QUANTITY))
                .from(CLAIM_LINE).join(CLAIM).on(CLAIM.ID.eq(CLAIM_LINE.CLAIM_ID))
                .where(CLAIM.PERSON_ID.eq(personId))
                .and(CLAIM.STATUS.ne(ClaimStatus.REJECTED.name()))
                .and(CLAIM_LINE.CATEGORY.eq(ClaimCategory.MILEAGE.name()))
                .and(CLAIM.ACTIVITY_DATE.ge(from))
                .and(CLAIM.ACTIVITY_DATE.lt(date).or(CLAIM.ACTIVITY_DATE.eq(date).and(sameDayEarlier)))
                .fetchOne(0, BigDecimal.class);
        return miles == null ? BigDecimal.ZERO : miles;
    }

    /** The person's fees in approved and paid claims for activities in a stretch of days, one claim left out. */
    Money approvedFeesBetween(DSLContext db, long personId, LocalDate from, LocalDate to, long leaveOut) {
        BigDecimal fees = db.select(DSL.sum(CLAIM_LINE.AMOUNT))
                .from(CLAIM_LINE).join(CLAIM).on(CLAIM.ID.eq(CLAIM_LINE.CLAIM_ID))
                .where(CLAIM.PERSON_ID.eq(personId))
                .and(CLAIM.STATUS.in(ClaimStatus.APPROVED.name(), ClaimStatus.PAID.name()))
                .and(CLAIM.ID.ne(leaveOut))
                .and(CLAIM_LINE.CATEGORY.eq(ClaimCategory.FEE.name()))
                .and(CLAIM.ACTIVITY_DATE.between(from, to))
                .fetchOne(0, BigDecimal.class);
        return fees == null ? Money.ZERO : Money.of(fees);
    }

    /** Claims matching the filter, those waiting longest first, then the rest by activity, latest first. */
    List<ClaimSummary> list(DSLContext db, ClaimFilter filter, LocalDate today) {
        return summaries(db, matching(filter), null, today);
    }

    /**
     * The first {@code limit} claims matching the filter, in the order of {@link #list}. The claims are
     * chosen and sorted first, so the lines of only those are added up.
     */
    List<ClaimSummary> first(DSLContext db, ClaimFilter filter, int limit, LocalDate today) {
        return summaries(db, matching(filter), limit, today);
    }

    /** How many claims match the filter. */
    int count(DSLContext db, ClaimFilter filter) {
        return db.fetchCount(CLAIM, matching(filter));
    }

    /** What the lines of a set of claims come to. */
    record Totals(Money owed, Money paidByOrganisation) {
    }

    /** What every claim matching the filter comes to, adding up their lines without grouping them by claim. */
    Totals totals(DSLContext db, ClaimFilter filter) {
        var sums = DSL.select(
                DSL.sum(DSL.when(CLAIM_LINE.PAID_BY_ORGANISATION.isFalse(), CLAIM_LINE.AMOUNT)),
                DSL.sum(DSL.when(CLAIM_LINE.PAID_BY_ORGANISATION.isTrue(), CLAIM_LINE.AMOUNT)));
        // Every line belongs to a claim, so with no filter the lines are added up without finding their claims.
        Record2<BigDecimal, BigDecimal> found = filter.equals(ClaimFilter.ALL)
                ? db.fetchOne(sums.from(CLAIM_LINE))
                : db.fetchOne(sums.from(CLAIM).join(CLAIM_LINE).on(CLAIM_LINE.CLAIM_ID.eq(CLAIM.ID)).where(matching(filter)));
        return new Totals(moneyOrZero(found.value1()), moneyOrZero(found.value2()));
    }

    private static Condition matching(ClaimFilter filter) {
        List<Condition> where = new ArrayList<>();
        if (filter.status() != null) {
            where.add(CLAIM.STATUS.eq(filter.status().name()));
        }
        if (filter.personId() != null) {
            where.add(CLAIM.PERSON_ID.eq(filter.personId()));
        }
        if (filter.activityText() != null) {
            where.add(CLAIM.ACTIVITY.containsIgnoreCase(filter.activityText()));
        }
        if (filter.category() != null) {
            where.add(DSL.exists(DSL.selectOne().from(CLAIM_LINE).where(CLAIM_LINE.CLAIM_ID.eq(CLAIM.ID))
                    .and(CLAIM_LINE.CATEGORY.eq(filter.category().name()))));
        }
        if (filter.from() != null) {
            where.add(CLAIM.ACTIVITY_DATE.ge(filter.from()));
        }
        if (filter.to() != null) {
            where.add(CLAIM.ACTIVITY_DATE.le(filter.to()));
        }
        return DSL.and(where);
    }

    /** Those waiting longest first, then the rest by activity, latest first; the claim's number settles ties. */
    private static List<SortField<?>> listOrder() {
        Condition waiting = CLAIM.STATUS.in(ClaimStatus.SUBMITTED.name(), ClaimStatus.APPROVED.name());
        return List.of(DSL.when(waiting, DSL.inline(0)).otherwise(DSL.inline(1)).asc(),
                DSL.when(waiting, CLAIM.ACTIVITY_DATE).asc(),
                CLAIM.ACTIVITY_DATE.desc(), CLAIM.ID.desc());
    }

    /**
     * Each claim's lines are added up in a table of their own, keyed by the claim, and joined to the claims:
     * grouping the claims with their people and lines instead made the database sort every line.
     */
    private static List<ClaimSummary> summaries(DSLContext db, Condition where, Integer limit, LocalDate today) {
        Table<?> lineTotals = DSL.select(CLAIM_LINE.CLAIM_ID,
                        DSL.sum(DSL.when(CLAIM_LINE.PAID_BY_ORGANISATION.isFalse(), CLAIM_LINE.AMOUNT)).as("owed"),
                        DSL.sum(DSL.when(CLAIM_LINE.PAID_BY_ORGANISATION.isTrue(), CLAIM_LINE.AMOUNT))
                                .as("by_organisation"))
                .from(CLAIM_LINE)
                .groupBy(CLAIM_LINE.CLAIM_ID)
                .asTable("line_totals");
        Field<Long> totalsClaim = lineTotals.field(CLAIM_LINE.CLAIM_ID);
        Field<BigDecimal> owed = DSL.coalesce(lineTotals.field("owed", BigDecimal.class), BigDecimal.ZERO).as("owed");
        Field<BigDecimal> byOrganisation = DSL.coalesce(lineTotals.field("by_organisation", BigDecimal.class),
                BigDecimal.ZERO).as("by_organisation");
        var select = db.select(CLAIM.ID, CLAIM.PERSON_ID, PERSON_NAME.as("person_name"), CLAIM.ACTIVITY,
                CLAIM.ACTIVITY_DATE, CLAIM.STATUS, CLAIM.PAID_ON, owed, byOrganisation);
        SelectJoinStep<?> claims;
        Condition outerWhere;
        if (limit == null) {
            claims = select.from(CLAIM);
            outerWhere = where;
        } else {
            // The claims to show are chosen and put in order from the claims alone, before any line is read.
            Table<?> chosen = DSL.select(CLAIM.ID).from(CLAIM).where(where).orderBy(listOrder()).limit(limit)
                    .asTable("chosen");
            claims = select.from(chosen).join(CLAIM).on(CLAIM.ID.eq(chosen.field(CLAIM.ID)));
            outerWhere = DSL.noCondition();
        }
        return claims
                .join(PERSON).on(PERSON.ID.eq(CLAIM.PERSON_ID))
                .leftJoin(lineTotals).on(totalsClaim.eq(CLAIM.ID))
                .where(outerWhere)
                .orderBy(listOrder())
                .fetch(r -> {
                    ClaimStatus status = ClaimStatus.valueOf(r.get(CLAIM.STATUS));
                    LocalDate date = r.get(CLAIM.ACTIVITY_DATE);
                    Integer days = status.isWaiting() ? (int) Math.max(0, ChronoUnit.DAYS.between(date, today)) : null;
                    return new ClaimSummary(r.get(CLAIM.ID), r.get(CLAIM.PERSON_ID), r.get("person_name", String.class),
                            r.get(CLAIM.ACTIVITY), date, status, r.get(CLAIM.PAID_ON), Money.of(r.get(owed)),
                            Money.of(r.get(byOrganisation)), days);
                });
    }

    private static Money moneyOrZero(BigDecimal amount) {
        return amount == null ? Money.ZERO : Money.of(amount);
    }

    void insertAudit(DSLContext db, AuditEntry entry) {
        db.insertInto(CLAIM_AUDIT)
                .set(CLAIM_AUDIT.CLAIM_ID, entry.claimId())
                .set(CLAIM_AUDIT.CHANGED_AT, entry.at())
                .set(CLAIM_AUDIT.CHANGED_BY, entry.by())
                .set(CLAIM_AUDIT.WHAT, entry.what().name())
                .set(CLAIM_AUDIT.BEFORE_VALUE, entry.before())
                .set(CLAIM_AUDIT.AFTER_VALUE, entry.after())
                .execute();
    }

    /** The claim's audit trail, oldest first. */
    List<AuditEntry> audit(DSLContext db, long claimId) {
        return db.selectFrom(CLAIM_AUDIT).where(CLAIM_AUDIT.CLAIM_ID.eq(claimId))
                .orderBy(CLAIM_AUDIT.CHANGED_AT, CLAIM_AUDIT.ID)
                .fetch(r -> new AuditEntry(r.getClaimId(), r.getChangedAt(), r.getChangedBy(),
                        AuditEntry.Change.valueOf(r.getWhat()), r.getBeforeValue(), r.getAfterValue()));
    }

    private static Claim toClaim(Record r, List<ClaimLine> lines) {
        String method = r.get(CLAIM.PAYMENT_METHOD);
        return new Claim(r.get(CLAIM.ID), r.get(CLAIM.PERSON_ID), r.get("person_name", String.class),
                r.get(CLAIM.ACTIVITY), nullToEmpty(r.get(CLAIM.ACTIVITY_TYPE)), r.get(CLAIM.ACTIVITY_DATE),
                ClaimStatus.valueOf(r.get(CLAIM.STATUS)), r.get(CLAIM.SUBMITTED_ON), r.get(CLAIM.APPROVED_ON),
                r.get(CLAIM.PAID_ON), method == null ? null : PaymentMethod.valueOf(method),
                nullToEmpty(r.get(CLAIM.PAYMENT_REFERENCE)), nullToEmpty(r.get(CLAIM.REJECTED_REASON)),
                nullToEmpty(r.get(CLAIM.NOTES)), lines, r.get(CLAIM.CREATED_AT), r.get(CLAIM.UPDATED_AT),
                r.get(CLAIM.MEETING_ID));
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
