package org.fourpi.toolkit.settings;

import static org.fourpi.toolkit.db.Tables.PREFERENCE;

import java.util.Optional;

import org.jooq.DSLContext;

/** Small named choices kept between runs. */
final class PreferenceRepository {

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
