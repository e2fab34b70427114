package org.fourpi.toolkit.people;

import static org.fourpi.toolkit.db.Tables.PREFERENCE;

import java.util.Optional;

import org.jooq.DSLContext;

/** Remembers, in the preferences table, the column mapping last used for each set of headings. */
final class PeopleImportMappingRepository {

    Optional<String> find(DSLContext db, String key) {
        return db.select(PREFERENCE.PREF_VALUE).from(PREFERENCE)
                .where(PREFERENCE.PREF_KEY.eq(key))
                .fetchOptional(PREFERENCE.PREF_VALUE);
    }

    void put(DSLContext db, String key, String value) {
        db.insertInto(PREFERENCE, PREFERENCE.PREF_KEY, PREFERENCE.PREF_VALUE)
                .values(key, value)
                .onDuplicateKeyUpdate()
                .set(PREFERENCE.PREF_VALUE, value)
                .execute();
    }
}
