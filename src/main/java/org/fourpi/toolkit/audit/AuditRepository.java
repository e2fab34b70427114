package org.fourpi.toolkit.audit;

import static org.fourpi.toolkit.db.Tables.AUDIT_LOG;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.fourpi.toolkit.db.tables.records.AuditLogRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The audit log table: adding entries and reading them back, newest first, a page at a time. */
final class AuditRepository {

    void insert(DSLContext db, LocalDateTime at, String by, List<Entry> entries) {
        var insert = db.insertInto(AUDIT_LOG, AUDIT_LOG.CHANGED_AT, AUDIT_LOG.CHANGED_BY, AUDIT_LOG.AREA,
                AUDIT_LOG.WHAT, AUDIT_LOG.RECORD_ID, AUDIT_LOG.PERSON_ID, AUDIT_LOG.FIELD, AUDIT_LOG.BEFORE_VALUE,
                AUDIT_LOG.AFTER_VALUE);
        for (Entry e : entries) {
            insert = insert.values(at, by, e.area().name(), e.what(), e.recordId(), e.personId(), e.field(),
                    e.before(), e.after());
        }
        insert.execute();
    }

    /** An entry about to be written, its values already text. */
    record Entry(AuditArea area, String what, Long recordId, Long personId, String field, String before,
                 String after) {
    }

    List<AuditEntryRow> page(DSLContext db, AuditFilter filter, int offset, int limit) {
        return db.selectFrom(AUDIT_LOG).where(condition(filter))
                .orderBy(AUDIT_LOG.CHANGED_AT.desc(), AUDIT_LOG.ID.desc())
                .offset(offset).limit(limit)
                .fetch(AuditRepository::row);
    }

    /** The next entries after the given one (or from the newest when null), in the order of {@link #page}. */
    List<AuditEntryRow> after(DSLContext db, AuditFilter filter, AuditEntryRow last, int limit) {
        var query = db.selectFrom(AUDIT_LOG).where(condition(filter))
                .orderBy(AUDIT_LOG.CHANGED_AT.desc(), AUDIT_LOG.ID.desc());
        return last == null ? query.limit(limit).fetch(AuditRepository::row)
                : query.seek(last.changedAt(), last.id()).limit(limit).fetch(AuditRepository::row);
    }

    int count(DSLContext db, AuditFilter filter) {
        return db.fetchCount(AUDIT_LOG, condition(filter));
    }

    private static Condition condition(AuditFilter filter) {
        List<Condition> all = new ArrayList<>();
        if (filter.area() != null) {
            all.add(AUDIT_LOG.AREA.eq(filter.area().name()));
        }
        if (filter.from() != null) {
            all.add(AUDIT_LOG.CHANGED_AT.ge(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            all.add(AUDIT_LOG.CHANGED_AT.lt(filter.to().plusDays(1).atStartOfDay()));
        }
        if (!filter.text().isEmpty()) {
            String text = filter.text();
            List<Condition> any = new ArrayList<>(List.of(
                    AUDIT_LOG.CHANGED_BY.containsIgnoreCase(text),
                    AUDIT_LOG.BEFORE_VALUE.containsIgnoreCase(text),
                    AUDIT_LOG.AFTER_VALUE.containsIgnoreCase(text)));
            if (text.chars().allMatch(Character::isDigit) && text.length() < 18) {
                all.add(DSL.or(DSL.or(any), AUDIT_LOG.RECORD_ID.eq(Long.parseLong(text))));
            } else {
                if (!filter.whatKeys().isEmpty()) {
                    any.add(AUDIT_LOG.WHAT.in(filter.whatKeys()));
                }
                if (!filter.fieldKeys().isEmpty()) {
                    any.add(AUDIT_LOG.FIELD.in(filter.fieldKeys()));
                }
                all.add(DSL.or(any));
            }
        }
        return DSL.and(all);
    }

    private static AuditEntryRow row(AuditLogRecord r) {
        return new AuditEntryRow(r.getId(), r.getChangedAt(), r.getChangedBy(), area(r.getArea()), r.getWhat(),
                r.getRecordId(), r.getPersonId(), r.getField(), r.getBeforeValue(), r.getAfterValue());
    }

    private static AuditArea area(String name) {
        try {
            return AuditArea.valueOf(name);
        } catch (IllegalArgumentException e) {
            return AuditArea.SETTINGS;
        }
    }
}
