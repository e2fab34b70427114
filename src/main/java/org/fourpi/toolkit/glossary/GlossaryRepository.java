package org.fourpi.toolkit.glossary;

import static org.fourpi.toolkit.db.Tables.GLOSSARY_TERM;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads and writes the glossary, one row a term. */
final class GlossaryRepository {

    List<GlossaryTerm> all(DSLContext db) {
        return db.selectFrom(GLOSSARY_TERM).orderBy(GLOSSARY_TERM.TERM_KEY, GLOSSARY_TERM.ID)
                .fetch(GlossaryRepository::toTerm);
    }

    int count(DSLContext db) {
        return db.fetchCount(GLOSSARY_TERM);
    }

    Optional<GlossaryTerm> byKey(DSLContext db, String key) {
        return db.selectFrom(GLOSSARY_TERM).where(GLOSSARY_TERM.TERM_KEY.eq(key))
                .fetchOptional(GlossaryRepository::toTerm);
    }

    Optional<GlossaryTerm> byId(DSLContext db, long id) {
        return db.selectFrom(GLOSSARY_TERM).where(GLOSSARY_TERM.ID.eq(id))
                .fetchOptional(GlossaryRepository::toTerm);
    }

    long insert(DSLContext db, String term, String key, String explanation, LocalDateTime now) {
        return db.insertInto(GLOSSARY_TERM)
                .set(GLOSSARY_TERM.TERM, term)
                .set(GLOSSARY_TERM.TERM_KEY, key)
                .set(GLOSSARY_TERM.EXPLANATION, explanation)
                .set(GLOSSARY_TERM.CREATED_AT, now)
                .set(GLOSSARY_TERM.UPDATED_AT, now)
                .returning(GLOSSARY_TERM.ID)
                .fetchOne(GLOSSARY_TERM.ID);
    }

    boolean update(DSLContext db, long id, String term, String key, String explanation, LocalDateTime now) {
        return db.update(GLOSSARY_TERM)
                .set(GLOSSARY_TERM.TERM, term)
                .set(GLOSSARY_TERM.TERM_KEY, key)
                .set(GLOSSARY_TERM.EXPLANATION, explanation)
                .set(GLOSSARY_TERM.UPDATED_AT, now)
                .where(GLOSSARY_TERM.ID.eq(id))
                .execute() == 1;
    }

    boolean delete(DSLContext db, long id) {
        return db.deleteFrom(GLOSSARY_TERM).where(GLOSSARY_TERM.ID.eq(id)).execute() == 1;
    }

    private static GlossaryTerm toTerm(Record r) {
        return new GlossaryTerm(r.get(GLOSSARY_TERM.ID), r.get(GLOSSARY_TERM.TERM), r.get(GLOSSARY_TERM.EXPLANATION));
    }
}
