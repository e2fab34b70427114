package org.fourpi.toolkit.backup;

import static org.fourpi.toolkit.db.Tables.ASSESSMENT;
import static org.fourpi.toolkit.db.Tables.CLAIM;
import static org.fourpi.toolkit.db.Tables.MEETING;
import static org.fourpi.toolkit.db.Tables.PERSON;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Counts and the schema version of a database, for a backup's manifest and its check. */
final class BackupRepository {

    BackupCounts counts(DSLContext db, long attachments) {
        return new BackupCounts(db.fetchCount(PERSON), db.fetchCount(MEETING), db.fetchCount(CLAIM),
                db.fetchCount(ASSESSMENT), attachments);
    }

    /** The highest migration applied, the version of the data's shape. */
    int schemaVersion(DSLContext db) {
        int highest = 0;
        for (String version : db.select(DSL.field(DSL.name("version"), String.class))
                .from(DSL.table(DSL.name("flyway_schema_history")))
                .where(DSL.field(DSL.name("success"), Boolean.class).isTrue())
                .fetch(0, String.class)) {
            if (version == null) {
                continue;
            }
            try {
                highest = Math.max(highest, Integer.parseInt(version.split("\\.")[0]));
            } catch (NumberFormatException ignored) {
                // A version that is not a number says nothing about order.
            }
        }
        return highest;
    }

    /** H2's online consistent copy of the database, as a zip file. */
    void copyTo(DSLContext db, String zipFile) {
        db.execute("BACKUP TO {0}", DSL.inline(zipFile));
    }
}
