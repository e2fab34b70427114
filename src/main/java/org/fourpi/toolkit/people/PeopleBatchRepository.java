package org.fourpi.toolkit.people;

import static org.fourpi.toolkit.db.Tables.PERSON;
import static org.fourpi.toolkit.db.Tables.PERSON_LEVEL;
import static org.fourpi.toolkit.db.Tables.PERSON_NEED;
import static org.fourpi.toolkit.db.Tables.PERSON_ROLE;
import static org.fourpi.toolkit.db.Tables.PERSON_STATUS_CHANGE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fourpi.toolkit.db.tables.records.PersonRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Saves many people at once in the caller's transaction, as an import does: a chunk's new people, their
 * roles, levels, needs and status changes each through one prepared statement bound row by row, and
 * the updates as one batch, instead of about six statements parsed for each person. New people have nothing to delete
 * first. What it writes is what {@link PeopleService#saveAllIn} writes for the same people.
 */
final class PeopleBatchRepository {

    /**
     * How a batch is written.
     *
     * @param now           when the records are written (created and updated stamps)
     * @param today         the date of a status change that comes with a record
     * @param importBatchId the import that adds the new people
     * @param statusNote    the note on a status an update changes (a new person's first status has none)
     */
    record Stamp(LocalDateTime now, LocalDate today, long importBatchId, String statusNote) {

        Stamp {
            statusNote = statusNote == null || statusNote.isBlank() ? null : statusNote.strip();
        }
    }

    /**
     * Writes one chunk: people without an id are added, the others updated.
     *
     * @param before everyone in the register as it is in this transaction, by id: an update adds to the
     *               person's history only when their status differs from the one they have there
     * @return the people as saved, in the same order, each new one with their id
     */
    List<Person> write(DSLContext db, List<Person> chunk, Map<Long, Person> before, Stamp stamp) {
        List<Person> added = new ArrayList<>();
        List<Person> updated = new ArrayList<>();
        List<Person> statusChanged = new ArrayList<>();
        for (Person p : chunk) {
            if (p.id() == null) {
                added.add(p);
                continue;
            }
            Person was = before.get(p.id());
            if (was == null) {
                throw new IllegalArgumentException("No person " + p.id());
            }
            updated.add(p);
            if (was.status() != p.status()) {
                statusChanged.add(p);
            }
        }
        long[] newIds = insertPeople(db, added, stamp);
        updatePeople(db, updated, stamp);

        List<Person> saved = new ArrayList<>(chunk.size());
        List<Person> savedNew = new ArrayList<>(added.size());
        int next = 0;
        for (Person p : chunk) {
            if (p.id() == null) {
                Person withId = p.withId(newIds[next++]);
                saved.add(withId);
                savedNew.add(withId);
            } else {
                saved.add(p);
            }
        }
        insertSets(db, saved);
        insertStatusChanges(db, savedNew, statusChanged, stamp);
        return saved;
    }

    /** The columns of a person's own row that an import writes for someone new. */
    private static final List<Field<?>> NEW_PERSON_COLUMNS = List.of(PERSON.FIRST_NAME, PERSON.LAST_NAME,
            PERSON.KNOWN_AS, PERSON.PERSPECTIVE, PERSON.OTHER_ROLE, PERSON.EMAIL, PERSON.PHONE, PERSON.ADDRESS,
            PERSON.POSTCODE, PERSON.PREFERRED_CONTACT, PERSON.LISTED_IN_PACKS, PERSON.DATE_OF_BIRTH,
            PERSON.PREFERRED_TIMES, PERSON.OTHER_NEEDS, PERSON.STATUS, PERSON.IMPORT_BATCH_ID, PERSON.CREATED_AT,
            PERSON.UPDATED_AT);

    /**
     * The new people as one prepared batch; their ids in the order given. The ids are read back as the
     * ones above the highest before, marked with this import: the database numbers rows in the order
     * they go in, and no one else can mark a row with an import not yet committed.
     */
    private static long[] insertPeople(DSLContext db, List<Person> people, Stamp stamp) {
        if (people.isEmpty()) {
            return new long[0];
        }
        Long highest = db.select(DSL.max(PERSON.ID)).from(PERSON).fetchOne(0, Long.class);
        List<Object[]> rows = new ArrayList<>(people.size());
        for (Person p : people) {
            PersonRecord row = PeopleRepository.rowOf(p);
            row.setCreatedAt(stamp.now()).setUpdatedAt(stamp.now()).setImportBatchId(stamp.importBatchId());
            Object[] values = new Object[NEW_PERSON_COLUMNS.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.get(NEW_PERSON_COLUMNS.get(i));
            }
            rows.add(values);
        }
        insertRows(db, PERSON, NEW_PERSON_COLUMNS, rows);
        List<Long> ids = db.select(PERSON.ID).from(PERSON)
                .where(PERSON.ID.gt(highest == null ? 0L : highest))
                .and(PERSON.IMPORT_BATCH_ID.eq(stamp.importBatchId()))
                .orderBy(PERSON.ID)
                .fetch(PERSON.ID);
        if (ids.size() != people.size()) {
            throw new IllegalStateException("Added " + people.size() + " people but found " + ids.size());
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /** Many rows into one table through one prepared statement, bound row by row: parsed once, not per row. */
    private static void insertRows(DSLContext db, Table<?> table, List<Field<?>> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        BatchBindStep batch = db.batch(db.insertInto(table).columns(columns).values(new Object[columns.size()]));
        for (Object[] row : rows) {
            batch = batch.bind(row);
        }
        batch.execute();
    }

    /** Each record's own row, with the stamps an edit leaves alone (created, import) as they are. */
    private static void updatePeople(DSLContext db, List<Person> people, Stamp stamp) {
        if (people.isEmpty()) {
            return;
        }
        List<Query> updates = new ArrayList<>(people.size());
        for (Person p : people) {
            PersonRecord row = PeopleRepository.rowOf(p);
            row.setUpdatedAt(stamp.now());
            updates.add(db.update(PERSON).set(row).where(PERSON.ID.eq(p.id())));
        }
        db.batch(updates).execute();
        List<Long> ids = people.stream().map(Person::id).toList();
        db.deleteFrom(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.in(ids)).execute();
        db.deleteFrom(PERSON_LEVEL).where(PERSON_LEVEL.PERSON_ID.in(ids)).execute();
        db.deleteFrom(PERSON_NEED).where(PERSON_NEED.PERSON_ID.in(ids)).execute();
    }

    private static void insertSets(DSLContext db, List<Person> people) {
        List<Object[]> roles = new ArrayList<>();
        List<Object[]> levels = new ArrayList<>();
        List<Object[]> needs = new ArrayList<>();
        for (Person p : people) {
            for (Role role : p.roles()) {
                roles.add(new Object[] {p.id(), role.name()});
            }
            for (InvolvementLevel level : p.levels()) {
                levels.add(new Object[] {p.id(), level.name()});
            }
            for (AccessNeed need : p.needs()) {
                needs.add(new Object[] {p.id(), need.name()});
            }
        }
        insertRows(db, PERSON_ROLE, List.of(PERSON_ROLE.PERSON_ID, PERSON_ROLE.ROLE), roles);
        insertRows(db, PERSON_LEVEL, List.of(PERSON_LEVEL.PERSON_ID, PERSON_LEVEL.LEVEL_CODE), levels);
        insertRows(db, PERSON_NEED, List.of(PERSON_NEED.PERSON_ID, PERSON_NEED.NEED), needs);
    }

    /** A new person's first status (with no note), and each status an update changed, dated today. */
    private static void insertStatusChanges(DSLContext db, List<Person> added, List<Person> changedByUpdate,
                                            Stamp stamp) {
        List<Object[]> rows = new ArrayList<>(added.size() + changedByUpdate.size());
        for (Person p : added) {
            rows.add(new Object[] {p.id(), p.status().name(), stamp.today(), null, stamp.now()});
        }
        for (Person p : changedByUpdate) {
            rows.add(new Object[] {p.id(), p.status().name(), stamp.today(), stamp.statusNote(), stamp.now()});
        }
        insertRows(db, PERSON_STATUS_CHANGE, List.of(PERSON_STATUS_CHANGE.PERSON_ID, PERSON_STATUS_CHANGE.STATUS,
                PERSON_STATUS_CHANGE.EFFECTIVE_ON, PERSON_STATUS_CHANGE.NOTE, PERSON_STATUS_CHANGE.RECORDED_AT), rows);
    }
}
