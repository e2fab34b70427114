package org.fourpi.toolkit.people;

import static org.fourpi.toolkit.db.Tables.CONSENT;
import static org.fourpi.toolkit.db.Tables.PERSON;
import static org.fourpi.toolkit.db.Tables.PERSON_DOCUMENT;
import static org.fourpi.toolkit.db.Tables.PERSON_LEVEL;
import static org.fourpi.toolkit.db.Tables.PERSON_NEED;
import static org.fourpi.toolkit.db.Tables.PERSON_ROLE;
import static org.fourpi.toolkit.db.Tables.PERSON_STATUS_CHANGE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.fourpi.toolkit.db.tables.records.PersonRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Reads and writes people, their roles, levels, needs, history, consents and documents. */
final class PeopleRepository {

    long insert(DSLContext db, Person p, LocalDateTime now, Long importBatchId) {
        PersonRecord row = db.newRecord(PERSON);
        fill(row, p);
        row.setCreatedAt(now).setUpdatedAt(now).setImportBatchId(importBatchId);
        row.store();
        long id = row.getId();
        replaceSets(db, id, p);
        return id;
    }

    void update(DSLContext db, Person p, LocalDateTime now) {
        PersonRecord row = db.fetchSingle(PERSON, PERSON.ID.eq(p.id()));
        fill(row, p);
        row.setUpdatedAt(now);
        row.store();
        replaceSets(db, p.id(), p);
    }

    /** A person's own row (not their roles, levels or needs), unsaved, for writing many at once. */
    static PersonRecord rowOf(Person p) {
        PersonRecord row = new PersonRecord();
        fill(row, p);
        return row;
    }

    Optional<Person> find(DSLContext db, long id) {
        return db.fetchOptional(PERSON, PERSON.ID.eq(id)).map(row -> toPerson(row,
                enumsOf(db, PERSON_ROLE, PERSON_ROLE.PERSON_ID, PERSON_ROLE.ROLE, Role.class, id),
                enumsOf(db, PERSON_LEVEL, PERSON_LEVEL.PERSON_ID, PERSON_LEVEL.LEVEL_CODE, InvolvementLevel.class, id),
                enumsOf(db, PERSON_NEED, PERSON_NEED.PERSON_ID, PERSON_NEED.NEED, AccessNeed.class, id)));
    }

    /** A person's involvement status as stored, without reading the rest of their record. */
    Optional<InvolvementStatus> statusOf(DSLContext db, long id) {
        return db.select(PERSON.STATUS).from(PERSON).where(PERSON.ID.eq(id))
                .fetchOptional(PERSON.STATUS).map(InvolvementStatus::valueOf);
    }

    boolean exists(DSLContext db) {
        return db.fetchExists(PERSON);
    }

    /** Every person, with their sets, read in four queries whatever the number of people. */
    List<Person> all(DSLContext db) {
        Map<Long, Set<Role>> roles = allEnums(db, PERSON_ROLE, PERSON_ROLE.PERSON_ID, PERSON_ROLE.ROLE, Role.class);
        Map<Long, Set<InvolvementLevel>> levels = allEnums(db, PERSON_LEVEL, PERSON_LEVEL.PERSON_ID,
                PERSON_LEVEL.LEVEL_CODE, InvolvementLevel.class);
        Map<Long, Set<AccessNeed>> needs =
                allEnums(db, PERSON_NEED, PERSON_NEED.PERSON_ID, PERSON_NEED.NEED, AccessNeed.class);
        List<Person> people = new ArrayList<>();
        for (PersonRecord row : db.selectFrom(PERSON).orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME, PERSON.ID)) {
            people.add(toPerson(row, roles.getOrDefault(row.getId(), Set.of()),
                    levels.getOrDefault(row.getId(), Set.of()), needs.getOrDefault(row.getId(), Set.of())));
        }
        return people;
    }

    /**
     * Everyone as the list shows them, in the list's order (last name, first name): only the columns
     * the list needs, and the sets as three lean queries, whatever the number of people.
     */
    List<PersonSummary> summaries(DSLContext db) {
        return summaries(db, null);
    }

    /** The first {@code limit} people in the list's order, or everyone when it is null. */
    List<PersonSummary> summaries(DSLContext db, Integer limit) {
        var query = db.select(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME, PERSON.KNOWN_AS, PERSON.PERSPECTIVE,
                        PERSON.STATUS, PERSON.EMAIL, PERSON.PHONE, PERSON.OTHER_NEEDS)
                .from(PERSON)
                .orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME, PERSON.ID);
        var people = limit == null ? query.fetch() : query.limit(limit).fetch();
        Collection<Long> only = limit == null ? null : people.getValues(PERSON.ID);
        Map<Long, Set<Role>> roles = allEnums(db, PERSON_ROLE, PERSON_ROLE.PERSON_ID, PERSON_ROLE.ROLE, Role.class,
                only);
        Map<Long, Set<InvolvementLevel>> levels = allEnums(db, PERSON_LEVEL, PERSON_LEVEL.PERSON_ID,
                PERSON_LEVEL.LEVEL_CODE, InvolvementLevel.class, only);
        Map<Long, Set<AccessNeed>> needs =
                allEnums(db, PERSON_NEED, PERSON_NEED.PERSON_ID, PERSON_NEED.NEED, AccessNeed.class, only);
        List<PersonSummary> summaries = new ArrayList<>(people.size());
        for (var r : people) {
            long id = r.value1();
            // Cleaned as Person cleans them, so the list reads exactly as the record does.
            String first = clean(r.value2());
            String last = clean(r.value3());
            String knownAs = clean(r.value4());
            String shown = knownAs.isEmpty() ? first : knownAs;
            summaries.add(new PersonSummary(id, last.isEmpty() ? shown : shown + " " + last, first, last,
                    Perspective.valueOf(r.value5()), roles.getOrDefault(id, Set.of()),
                    levels.getOrDefault(id, Set.of()), InvolvementStatus.valueOf(r.value6()), clean(r.value7()),
                    clean(r.value8()), needs.getOrDefault(id, Set.of()), !clean(r.value9()).isEmpty()));
        }
        return summaries;
    }

    void addStatusChange(DSLContext db, long personId, InvolvementStatus status, LocalDate effectiveOn, String note,
                         LocalDateTime now) {
        db.insertInto(PERSON_STATUS_CHANGE)
                .set(PERSON_STATUS_CHANGE.PERSON_ID, personId)
                .set(PERSON_STATUS_CHANGE.STATUS, status.name())
                .set(PERSON_STATUS_CHANGE.EFFECTIVE_ON, effectiveOn)
                .set(PERSON_STATUS_CHANGE.NOTE, note == null || note.isBlank() ? null : note.strip())
                .set(PERSON_STATUS_CHANGE.RECORDED_AT, now)
                .execute();
    }

    List<StatusChange> history(DSLContext db, long personId) {
        return db.selectFrom(PERSON_STATUS_CHANGE)
                .where(PERSON_STATUS_CHANGE.PERSON_ID.eq(personId))
                .orderBy(PERSON_STATUS_CHANGE.ID.desc()) // as recorded, newest first: the top one is the status now
                .fetch(r -> new StatusChange(r.getId(), InvolvementStatus.valueOf(r.getStatus()), r.getEffectiveOn(),
                        r.getNote() == null ? "" : r.getNote()));
    }

    long addConsent(DSLContext db, long personId, ConsentPurpose purpose, LocalDate givenOn, ConsentMethod method,
                    String wordingVersion, LocalDateTime now) {
        return db.insertInto(CONSENT)
                .set(CONSENT.PERSON_ID, personId)
                .set(CONSENT.PURPOSE, purpose.name())
                .set(CONSENT.GIVEN_ON, givenOn)
                .set(CONSENT.METHOD, method.name())
                .set(CONSENT.WORDING_VERSION, wordingVersion)
                .set(CONSENT.RECORDED_AT, now)
                .returning(CONSENT.ID)
                .fetchSingle(CONSENT.ID);
    }

    /** Marks a consent withdrawn; returns false when it was not found or already withdrawn. */
    boolean withdrawConsent(DSLContext db, long consentId, LocalDate on) {
        return db.update(CONSENT).set(CONSENT.WITHDRAWN_ON, on)
                .where(CONSENT.ID.eq(consentId)).and(CONSENT.WITHDRAWN_ON.isNull())
                .execute() == 1;
    }

    Optional<Long> personOfConsent(DSLContext db, long consentId) {
        return db.select(CONSENT.PERSON_ID).from(CONSENT).where(CONSENT.ID.eq(consentId))
                .fetchOptional(CONSENT.PERSON_ID);
    }

    List<Consent> consents(DSLContext db, long personId) {
        return db.selectFrom(CONSENT).where(CONSENT.PERSON_ID.eq(personId))
                .orderBy(CONSENT.GIVEN_ON.desc(), CONSENT.ID.desc())
                .fetch(r -> new Consent(r.getId(), ConsentPurpose.valueOf(r.getPurpose()), r.getGivenOn(),
                        ConsentMethod.valueOf(r.getMethod()), r.getWordingVersion(), r.getWithdrawnOn()));
    }

    long addDocument(DSLContext db, long personId, String title, String fileName, String storedName, long size,
                     LocalDateTime now) {
        return db.insertInto(PERSON_DOCUMENT)
                .set(PERSON_DOCUMENT.PERSON_ID, personId)
                .set(PERSON_DOCUMENT.TITLE, title)
                .set(PERSON_DOCUMENT.FILE_NAME, fileName)
                .set(PERSON_DOCUMENT.STORED_NAME, storedName)
                .set(PERSON_DOCUMENT.SIZE_BYTES, size)
                .set(PERSON_DOCUMENT.ADDED_AT, now)
                .returning(PERSON_DOCUMENT.ID)
                .fetchSingle(PERSON_DOCUMENT.ID);
    }

    List<PersonDocument> documents(DSLContext db, long personId) {
        return db.selectFrom(PERSON_DOCUMENT).where(PERSON_DOCUMENT.PERSON_ID.eq(personId))
                .orderBy(PERSON_DOCUMENT.ADDED_AT.desc(), PERSON_DOCUMENT.ID.desc())
                .fetch(r -> new PersonDocument(r.getId(), r.getTitle(), r.getFileName(), r.getSizeBytes(),
                        r.getAddedAt()));
    }

    Optional<String> storedNameOf(DSLContext db, long documentId) {
        return db.select(PERSON_DOCUMENT.STORED_NAME).from(PERSON_DOCUMENT)
                .where(PERSON_DOCUMENT.ID.eq(documentId)).fetchOptional(PERSON_DOCUMENT.STORED_NAME);
    }

    /** People with the same first and last name, ignoring case (other than the person themselves). */
    List<Long> sameName(DSLContext db, Person p) {
        var query = db.select(PERSON.ID).from(PERSON)
                .where(DSL.lower(PERSON.FIRST_NAME).eq(p.firstName().toLowerCase(java.util.Locale.ROOT)))
                .and(DSL.lower(DSL.coalesce(PERSON.LAST_NAME, "")).eq(p.lastName().toLowerCase(java.util.Locale.ROOT)));
        if (p.id() != null) {
            query = query.and(PERSON.ID.ne(p.id()));
        }
        return query.fetch(PERSON.ID);
    }

    /** How many people are active now, in all and by perspective, role and level: three grouped counts. */
    ActivePeopleCounts activeCounts(DSLContext db) {
        Condition active = PERSON.STATUS.eq(InvolvementStatus.ACTIVE.name());
        Map<Perspective, Integer> perspectives = new EnumMap<>(Perspective.class);
        db.select(PERSON.PERSPECTIVE, DSL.count()).from(PERSON).where(active).groupBy(PERSON.PERSPECTIVE)
                .forEach(r -> perspectives.put(Perspective.valueOf(r.value1()), r.value2()));
        Map<Role, Integer> roles = new EnumMap<>(Role.class);
        db.select(PERSON_ROLE.ROLE, DSL.count()).from(PERSON_ROLE).join(PERSON).on(PERSON.ID.eq(PERSON_ROLE.PERSON_ID))
                .where(active).groupBy(PERSON_ROLE.ROLE)
                .forEach(r -> roles.put(Role.valueOf(r.value1()), r.value2()));
        Map<InvolvementLevel, Integer> levels = new EnumMap<>(InvolvementLevel.class);
        Map<InvolvementLevel, Integer> livedLevels = new EnumMap<>(InvolvementLevel.class);
        Condition lived = PERSON.PERSPECTIVE.in(ActivePeopleCounts.LIVED_EXPERIENCE.stream().map(Perspective::name)
                .toList());
        db.select(PERSON_LEVEL.LEVEL_CODE, DSL.count(), DSL.count().filterWhere(lived)).from(PERSON_LEVEL)
                .join(PERSON).on(PERSON.ID.eq(PERSON_LEVEL.PERSON_ID))
                .where(active).groupBy(PERSON_LEVEL.LEVEL_CODE)
                .forEach(r -> {
                    levels.put(InvolvementLevel.valueOf(r.value1()), r.value2());
                    livedLevels.put(InvolvementLevel.valueOf(r.value1()), r.value3());
                });
        int all = perspectives.values().stream().mapToInt(Integer::intValue).sum();
        return new ActivePeopleCounts(all, perspectives, roles, levels, livedLevels);
    }

    /**
     * How many people active now have a document whose title or file name has the word in it, in any
     * case, with no other letter either side ("role" finds "Role description" and "expert-role.txt", not
     * "payroll" or "roles").
     */
    int activeWithDocumentWord(DSLContext db, String word) {
        String whole = "(^|[^a-z])" + word + "([^a-z]|$)";
        return db.fetchCount(PERSON, PERSON.STATUS.eq(InvolvementStatus.ACTIVE.name())
                .and(DSL.exists(DSL.selectOne().from(PERSON_DOCUMENT)
                        .where(PERSON_DOCUMENT.PERSON_ID.eq(PERSON.ID))
                        .and(DSL.lower(PERSON_DOCUMENT.TITLE).likeRegex(whole)
                                .or(DSL.lower(PERSON_DOCUMENT.FILE_NAME).likeRegex(whole))))));
    }

    private static void fill(PersonRecord row, Person p) {
        row.setFirstName(p.firstName())
                .setLastName(emptyToNull(p.lastName()))
                .setKnownAs(emptyToNull(p.knownAs()))
                .setPerspective(p.perspective().name())
                .setOtherRole(emptyToNull(p.otherRole()))
                .setEmail(emptyToNull(p.email()))
                .setPhone(emptyToNull(p.phone()))
                .setAddress(emptyToNull(p.address()))
                .setPostcode(emptyToNull(p.postcode()))
                .setPreferredContact(p.preferredContact() == null ? null : p.preferredContact().name())
                .setListedInPacks(p.listedInPacks())
                .setDateOfBirth(p.dateOfBirth())
                .setPreferredTimes(emptyToNull(p.preferredTimes()))
                .setOtherNeeds(emptyToNull(p.otherNeeds()))
                .setStatus(p.status().name());
    }

    private static void replaceSets(DSLContext db, long id, Person p) {
        db.deleteFrom(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.eq(id)).execute();
        db.deleteFrom(PERSON_LEVEL).where(PERSON_LEVEL.PERSON_ID.eq(id)).execute();
        db.deleteFrom(PERSON_NEED).where(PERSON_NEED.PERSON_ID.eq(id)).execute();
        for (Role role : p.roles()) {
            db.insertInto(PERSON_ROLE, PERSON_ROLE.PERSON_ID, PERSON_ROLE.ROLE).values(id, role.name()).execute();
        }
        for (InvolvementLevel level : p.levels()) {
            db.insertInto(PERSON_LEVEL, PERSON_LEVEL.PERSON_ID, PERSON_LEVEL.LEVEL_CODE).values(id, level.name()).execute();
        }
        for (AccessNeed need : p.needs()) {
            db.insertInto(PERSON_NEED, PERSON_NEED.PERSON_ID, PERSON_NEED.NEED).values(id, need.name()).execute();
        }
    }

    private static Person toPerson(PersonRecord r, Set<Role> roles, Set<InvolvementLevel> levels,
                                   Set<AccessNeed> needs) {
        return new Person(r.getId(), r.getFirstName(), r.getLastName(), r.getKnownAs(),
                Perspective.valueOf(r.getPerspective()), roles, r.getOtherRole(), levels, r.getEmail(), r.getPhone(),
                r.getAddress(), r.getPostcode(),
                r.getPreferredContact() == null ? null : ContactMethod.valueOf(r.getPreferredContact()),
                Boolean.TRUE.equals(r.getListedInPacks()), r.getDateOfBirth(), needs, r.getPreferredTimes(),
                r.getOtherNeeds(), InvolvementStatus.valueOf(r.getStatus()));
    }

    private static <E extends Enum<E>> Set<E> enumsOf(DSLContext db, Table<?> table, Field<Long> personId,
                                                      Field<String> value, Class<E> type, long id) {
        Set<E> set = EnumSet.noneOf(type);
        db.select(value).from(table).where(personId.eq(id)).fetch(value)
                .forEach(name -> set.add(Enum.valueOf(type, name)));
        return set;
    }

    private static <E extends Enum<E>> Map<Long, Set<E>> allEnums(DSLContext db, Table<?> table, Field<Long> personId,
                                                                  Field<String> value, Class<E> type) {
        return allEnums(db, table, personId, value, type, null);
    }

    /** The sets of the people given, or of everyone when {@code only} is null. */
    private static <E extends Enum<E>> Map<Long, Set<E>> allEnums(DSLContext db, Table<?> table, Field<Long> personId,
                                                                  Field<String> value, Class<E> type,
                                                                  Collection<Long> only) {
        Map<Long, Set<E>> sets = new HashMap<>();
        if (only != null && only.isEmpty()) {
            return sets;
        }
        Function<Long, Set<E>> fresh = id -> EnumSet.noneOf(type);
        for (Record2<Long, String> r : db.select(personId, value).from(table)
                .where(only == null ? DSL.noCondition() : personId.in(only)).fetch()) {
            sets.computeIfAbsent(r.value1(), fresh).add(Enum.valueOf(type, r.value2()));
        }
        return sets;
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
