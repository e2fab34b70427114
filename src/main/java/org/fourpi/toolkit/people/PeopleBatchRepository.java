package org.fourpi.toolkit.people;

import static org.fourpi.toolkit.db.Tables.PERSON;
import static org.fourpi.toolkit.db.Tables.PERSON_LEVEL;
import static org.fourpi.toolkit.db.Tables.PERSON_NEED;
import static org.fourpi.toolkit.db.Tables.PERSON_ROLE;
import static org.fourpi.toolkit.db.Tables.PERSON_STATUS_CHANGE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.fourpi.toolkit.db.tables.records.PersonRecord;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.InsertValuesStep2;
import org.jooq.InsertValuesStep5;
import org.jooq.Query;

/**
 * Saves many people at once in the caller's transaction, as an import does: one multi-row insert for
 * a chunk's new people, one for each of their roles, levels, needs and status changes, and the
 * updates as one batch, instead of about six statements a person. New people have nothing to delete
 * first. What it writes is what {@link PeopleService#saveAllIn} writes for the same people.
 */
final class PeopleBatchRepository {

    /**
     * How a batch is written.
     *
     * @param now           when the records are written (created and updated stamps)
     * @param today         the date of a status change that comes with a record
     * @param importBatchId the import that adds the new people, if any
     * @param statusNote    the note on a status an update changes (a new person's first status has none)
     */
    record Stamp(LocalDateTime now, LocalDate today, Long importBatchId, String statusNote) {

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

    /** The new people in one statement; their ids in the order given. */
    private static long[] insertPeople(DSLContext db, List<Person> people, Stamp stamp) {
        if (people.isEmpty()) {
            return new long[0];
        }
        InsertSetMoreStep<PersonRecord> insert = null;
        for (Person p : people) {
            PersonRecord row = PeopleRepository.rowOf(p);
            row.setCreatedAt(stamp.now()).setUpdatedAt(stamp.now()).setImportBatchId(stamp.importBatchId());
            insert = insert == null ? db.insertInto(PERSON).set(row) : insert.newRecord().set(row);
        }
        List<Long> returned = insert.returning(PERSON.ID).fetch(PERSON.ID);
        if (returned.size() != people.size()) {
            throw new IllegalStateException("Added " + people.size() + " people but got " + returned.size() + " ids");
        }
        // The database numbers the rows of one insert in the order they are given.
        long[] ids = returned.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(ids);
        return ids;
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
        InsertValuesStep2<?, Long, String> roles = db.insertInto(PERSON_ROLE, PERSON_ROLE.PERSON_ID, PERSON_ROLE.ROLE);
        InsertValuesStep2<?, Long, String> levels =
                db.insertInto(PERSON_LEVEL, PERSON_LEVEL.PERSON_ID, PERSON_LEVEL.LEVEL_CODE);
        InsertValuesStep2<?, Long, String> needs = db.insertInto(PERSON_NEED, PERSON_NEED.PERSON_ID, PERSON_NEED.NEED);
        boolean anyRole = false;
        boolean anyLevel = false;
        boolean anyNeed = false;
        for (Person p : people) {
            for (Role role : p.roles()) {
                roles = roles.values(p.id(), role.name());
                anyRole = true;
            }
            for (InvolvementLevel level : p.levels()) {
                levels = levels.values(p.id(), level.name());
                anyLevel = true;
            }
            for (AccessNeed need : p.needs()) {
                needs = needs.values(p.id(), need.name());
                anyNeed = true;
            }
        }
        if (anyRole) {
            roles.execute();
        }
        if (anyLevel) {
            levels.execute();
        }
        if (anyNeed) {
            needs.execute();
        }
    }

    /** A new person's first status (with no note), and each status an update changed, dated today. */
    private static void insertStatusChanges(DSLContext db, List<Person> added, List<Person> changedByUpdate,
                                            Stamp stamp) {
        if (added.isEmpty() && changedByUpdate.isEmpty()) {
            return;
        }
        InsertValuesStep5<?, Long, String, LocalDate, String, LocalDateTime> insert = db.insertInto(
                PERSON_STATUS_CHANGE, PERSON_STATUS_CHANGE.PERSON_ID, PERSON_STATUS_CHANGE.STATUS,
                PERSON_STATUS_CHANGE.EFFECTIVE_ON, PERSON_STATUS_CHANGE.NOTE, PERSON_STATUS_CHANGE.RECORDED_AT);
        for (Person p : added) {
            insert = insert.values(p.id(), p.status().name(), stamp.today(), null, stamp.now());
        }
        for (Person p : changedByUpdate) {
            insert = insert.values(p.id(), p.status().name(), stamp.today(), stamp.statusNote(), stamp.now());
        }
        insert.execute();
    }
}
