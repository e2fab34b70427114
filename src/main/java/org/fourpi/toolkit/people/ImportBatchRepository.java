package org.fourpi.toolkit.people;

import static org.fourpi.toolkit.db.Tables.IMPORT_BATCH;
import static org.fourpi.toolkit.db.Tables.IMPORT_PREVIOUS_VALUE;
import static org.fourpi.toolkit.db.Tables.PERSON;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.fourpi.toolkit.db.tables.records.ImportBatchRecord;
import org.jooq.DSLContext;

/** Reads and writes import batches and the values people had before an import changed them. */
final class ImportBatchRepository {

    private static final int MAX_FILE_NAME = 255;

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

    void addPreviousValue(DSLContext db, long batchId, long personId, PeopleImportColumn column, String oldValue) {
        db.insertInto(IMPORT_PREVIOUS_VALUE)
                .set(IMPORT_PREVIOUS_VALUE.BATCH_ID, batchId)
                .set(IMPORT_PREVIOUS_VALUE.PERSON_ID, personId)
                .set(IMPORT_PREVIOUS_VALUE.FIELD, column.name())
                .set(IMPORT_PREVIOUS_VALUE.OLD_VALUE, oldValue)
                .execute();
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

    /** For each person the import updated, the values it replaced. */
    Map<Long, Map<PeopleImportColumn, String>> previousValues(DSLContext db, long batchId) {
        Map<Long, Map<PeopleImportColumn, String>> values = new LinkedHashMap<>();
        db.selectFrom(IMPORT_PREVIOUS_VALUE)
                .where(IMPORT_PREVIOUS_VALUE.BATCH_ID.eq(batchId))
                .orderBy(IMPORT_PREVIOUS_VALUE.PERSON_ID)
                .forEach(r -> values.computeIfAbsent(r.getPersonId(), id -> new LinkedHashMap<>())
                        .put(PeopleImportColumn.valueOf(r.getField()), r.getOldValue()));
        return values;
    }

    /** Removes the people an import added, with everything recorded about them; returns how many. */
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
