package org.fourpi.toolkit.backup;

import static org.fourpi.toolkit.db.Tables.AGENDA_PAPER;
import static org.fourpi.toolkit.db.Tables.CLAIM_AUDIT;
import static org.fourpi.toolkit.db.Tables.CLAIM_LINE;
import static org.fourpi.toolkit.db.Tables.PERSON_DOCUMENT;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The queries of the integrity check: tables, links between records, attached files and claim totals. */
final class CheckRepository {

    /** A link from one table's column to another's. */
    record Link(String table, String column, String toTable, String toColumn) {
    }

    /** A file a record names: its stored name, the name people know it by, and its size when recorded. */
    record NamedFile(String storedName, String shownName, Long size) {
    }

    /** One claim's latest recorded total, when it was recorded, and its lines' amounts now. */
    record ClaimTotals(long claimId, String recorded, LocalDateTime recordedAt, BigDecimal lines,
                       BigDecimal adjustmentsSince) {
    }

    List<String> tables(DSLContext db) {
        return db.fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
                + "AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME").getValues(0, String.class);
    }

    /** Reads every row of a table right through; returns how many there are. */
    long readAll(DSLContext db, String table) {
        long rows = 0;
        try (Cursor<Record> cursor = db.selectFrom(DSL.table(DSL.name(table))).fetchLazy()) {
            while (cursor.hasNext()) {
                cursor.fetchNext();
                rows++;
            }
        }
        return rows;
    }

    List<Link> links(DSLContext db) {
        List<Link> links = new ArrayList<>();
        for (Record r : db.fetch("SELECT FK.TABLE_NAME, FK.COLUMN_NAME, PK.TABLE_NAME, PK.COLUMN_NAME "
                + "FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS RC "
                + "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE FK ON FK.CONSTRAINT_SCHEMA = RC.CONSTRAINT_SCHEMA "
                + "AND FK.CONSTRAINT_NAME = RC.CONSTRAINT_NAME "
                + "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE PK ON PK.CONSTRAINT_SCHEMA = RC.UNIQUE_CONSTRAINT_SCHEMA "
                + "AND PK.CONSTRAINT_NAME = RC.UNIQUE_CONSTRAINT_NAME "
                + "AND PK.ORDINAL_POSITION = FK.POSITION_IN_UNIQUE_CONSTRAINT "
                + "WHERE RC.CONSTRAINT_SCHEMA = 'PUBLIC' ORDER BY FK.TABLE_NAME, FK.COLUMN_NAME")) {
            links.add(new Link(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                    r.get(3, String.class)));
        }
        return links;
    }

    /** How many rows point at a record that is not there. */
    int broken(DSLContext db, Link link) {
        var child = DSL.table(DSL.name(link.table())).as("c");
        var parent = DSL.table(DSL.name(link.toTable())).as("p");
        var childColumn = DSL.field(DSL.name("c", link.column()));
        var parentColumn = DSL.field(DSL.name("p", link.toColumn()));
        return db.fetchCount(DSL.selectOne().from(child).where(childColumn.isNotNull())
                .andNotExists(DSL.selectOne().from(parent).where(parentColumn.eq(childColumn))));
    }

    List<NamedFile> attachedFiles(DSLContext db) {
        List<NamedFile> files = new ArrayList<>();
        db.select(PERSON_DOCUMENT.STORED_NAME, PERSON_DOCUMENT.FILE_NAME, PERSON_DOCUMENT.SIZE_BYTES)
                .from(PERSON_DOCUMENT).orderBy(PERSON_DOCUMENT.ID)
                .forEach(r -> files.add(new NamedFile(r.value1(), r.value2(), r.value3())));
        db.select(AGENDA_PAPER.STORED_FILE, AGENDA_PAPER.FILE_NAME).from(AGENDA_PAPER).orderBy(AGENDA_PAPER.ID)
                .forEach(r -> files.add(new NamedFile(r.value1(), r.value2(), null)));
        db.select(CLAIM_LINE.RECEIPT_FILE, CLAIM_LINE.RECEIPT_NAME).from(CLAIM_LINE)
                .where(CLAIM_LINE.RECEIPT_FILE.isNotNull()).orderBy(CLAIM_LINE.ID)
                .forEach(r -> files.add(new NamedFile(r.value1(), r.value2() == null ? r.value1() : r.value2(), null)));
        return files;
    }

    /**
     * For each claim with a recorded total (entered or changed), that record, the sum of its lines now,
     * and the adjustments added since, which change the total without a new record of it.
     */
    List<ClaimTotals> claimTotals(DSLContext db) {
        Map<Long, ClaimTotals> latest = new LinkedHashMap<>();
        db.select(CLAIM_AUDIT.CLAIM_ID, CLAIM_AUDIT.AFTER_VALUE, CLAIM_AUDIT.CHANGED_AT).from(CLAIM_AUDIT)
                .where(CLAIM_AUDIT.WHAT.in("CREATED", "CHANGED"))
                .and(CLAIM_AUDIT.CLAIM_ID.in(DSL.select(CLAIM_LINE.CLAIM_ID).from(CLAIM_LINE)))
                .orderBy(CLAIM_AUDIT.CLAIM_ID, CLAIM_AUDIT.ID)
                .forEach(r -> latest.put(r.value1(), new ClaimTotals(r.value1(), r.value2(), r.value3(), null, null)));
        List<ClaimTotals> totals = new ArrayList<>();
        for (ClaimTotals claim : latest.values()) {
            BigDecimal lines = db.select(DSL.sum(CLAIM_LINE.AMOUNT)).from(CLAIM_LINE)
                    .where(CLAIM_LINE.CLAIM_ID.eq(claim.claimId())).fetchOne(0, BigDecimal.class);
            BigDecimal adjustments = db.select(DSL.sum(CLAIM_LINE.AMOUNT)).from(CLAIM_LINE)
                    .where(CLAIM_LINE.CLAIM_ID.eq(claim.claimId()))
                    .and(CLAIM_LINE.ADJUSTMENT_REASON.isNotNull())
                    .and(CLAIM_LINE.CREATED_AT.ge(claim.recordedAt()))
                    .fetchOne(0, BigDecimal.class);
            totals.add(new ClaimTotals(claim.claimId(), claim.recorded(), claim.recordedAt(),
                    lines == null ? BigDecimal.ZERO : lines, adjustments == null ? BigDecimal.ZERO : adjustments));
        }
        return totals;
    }
}
