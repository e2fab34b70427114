package org.fourpi.toolkit.people;

import static org.fourpi.toolkit.db.Tables.IMPORT_BATCH;
import static org.fourpi.toolkit.db.Tables.IMPORT_PREVIOUS_VALUE;
import static org.fourpi.toolkit.db.Tables.PERSON;
import static org.fourpi.toolkit.db.Tables.PERSON_DOCUMENT;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fourpi.toolkit.db.tables.records.ImportBatchRecord;
import org.jooq.DSLContext;

/**
 * Reads and writes import batches, and for each field an import changed, the value before and the
 * value it wrote.
 */
final class ImportBatchRepository {

    private static final int MAX_FILE_NAME = 255;
    /** Rows in one multi-row insert: well under the bound values a database takes in one statement. */
    private static final int ROWS_PER_STATEMENT = 500;

    /** One field an import changed: the value before and the value written, as {@link PeopleImportDraft#encode}. */
    record Change(String oldValue, String newValue) {
    }

    long insert(DSLContext db, String fileName, LocalDateTime now, int created, int updated) {
        String name = fileName.length() > MAX_FILE_NAME ? fileName.substring(0, MAX_FILE_NAME) : fileName;
        return db.insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.FILE_NAME, name)
                .set(IMPORT_BATCH.IMPORTED_AT, now)
                .set(IMPORT_BATCH.CREATED_COUNT, created)
                .set(IMPORT_BATCH.UPDATED_COUNT, updated)
                .returning(IMPORT_BATCH.ID)
                .fetchSingle(IMPORT_BATCH.ID);
    }

    /** One field of one person an import changed. */
    record FieldChange(long personId, PeopleImportColumn column, Change change) {
    }

    /** Records many changed fields, a few hundred to a statement. */
    void addChanges(DSLContext db, long batchId, List<FieldChange> changes) {
        for (int from = 0; from < changes.size(); from += ROWS_PER_STATEMENT) {
            var insert = db.insertInto(IMPORT_PREVIOUS_VALUE, IMPORT_PREVIOUS_VALUE.BATCH_ID,
                    IMPORT_PREVIOUS_VALUE.PERSON_ID, IMPORT_PREVIOUS_VALUE.FIELD, IMPORT_PREVIOUS_VALUE.OLD_VALUE,
                    IMPORT_PREVIOUS_VALUE.NEW_VALUE);
            for (FieldChange c : changes.subList(from, Math.min(changes.size(), from + ROWS_PER_STATEMENT))) {
                insert = insert.values(batchId, c.personId(), c.column().name(), c.change().oldValue(),
                        c.change().newValue());
            }
            insert.execute();
        }
    }

    /** The most recent import that has not been undone. */
    Optional<ImportBatch> lastNotUndone(DSLContext db) {
        return db.selectFrom(IMPORT_BATCH)
                .where(IMPORT_BATCH.UNDONE_AT.isNull())
                .orderBy(IMPORT_BATCH.ID.desc())
                .limit(1)
                .fetchOptional(ImportBatchRepository::toBatch);
    }

    Optional<ImportBatch> find(DSLContext db, long batchId) {
        return db.fetchOptional(IMPORT_BATCH, IMPORT_BATCH.ID.eq(batchId)).map(ImportBatchRepository::toBatch);
    }

    /** For each person the import updated, the fields it changed. */
    Map<Long, Map<PeopleImportColumn, Change>> changes(DSLContext db, long batchId) {
        Map<Long, Map<PeopleImportColumn, Change>> values = new LinkedHashMap<>();
        db.selectFrom(IMPORT_PREVIOUS_VALUE)
                .where(IMPORT_PREVIOUS_VALUE.BATCH_ID.eq(batchId))
                .orderBy(IMPORT_PREVIOUS_VALUE.PERSON_ID, IMPORT_PREVIOUS_VALUE.FIELD)
                .forEach(r -> values.computeIfAbsent(r.getPersonId(), id -> new LinkedHashMap<>())
                        .put(PeopleImportColumn.valueOf(r.getField()), new Change(r.getOldValue(), r.getNewValue())));
        return values;
    }

    /** How many of the people an import added are still in the register. */
    int countPeopleCreatedBy(DSLContext db, long batchId) {
        return db.fetchCount(PERSON, PERSON.IMPORT_BATCH_ID.eq(batchId));
    }

    /** The names in the attachment store of the documents kept for the people an import added. */
    List<String> storedDocumentsOfPeopleCreatedBy(DSLContext db, long batchId) {
        return db.select(PERSON_DOCUMENT.STORED_NAME)
                .from(PERSON_DOCUMENT)
                .join(PERSON).on(PERSON.ID.eq(PERSON_DOCUMENT.PERSON_ID))
                .where(PERSON.IMPORT_BATCH_ID.eq(batchId))
                .fetch(PERSON_DOCUMENT.STORED_NAME);
    }

    /**
     * Removes the people an import added, with everything recorded about them (the database removes
     * their rows in other tables; the files of their documents are the caller's to delete); returns how many.
     */
    int deletePeopleCreatedBy(DSLContext db, long batchId) {
        return db.deleteFrom(PERSON).where(PERSON.IMPORT_BATCH_ID.eq(batchId)).execute();
    }

    void markUndone(DSLContext db, long batchId, LocalDateTime now) {
        db.update(IMPORT_BATCH).set(IMPORT_BATCH.UNDONE_AT, now).where(IMPORT_BATCH.ID.eq(batchId)).execute();
    }

    private static ImportBatch toBatch(ImportBatchRecord r) {
        return new ImportBatch(r.getId(), r.getFileName(), r.getImportedAt(), r.getCreatedCount(),
                r.getUpdatedCount(), r.getUndoneAt());
    }
}
