package org.fourpi.toolkit.privacy;

import static org.fourpi.toolkit.db.Tables.ASSESSMENT;
import static org.fourpi.toolkit.db.Tables.ASSESSMENT_OWN_RATING;
import static org.fourpi.toolkit.db.Tables.ASSESSMENT_PARTICIPANT;
import static org.fourpi.toolkit.db.Tables.CLAIM;
import static org.fourpi.toolkit.db.Tables.AUDIT_LOG;
import static org.fourpi.toolkit.db.Tables.CLAIM_AUDIT;
import static org.fourpi.toolkit.db.Tables.CLAIM_LINE;
import static org.fourpi.toolkit.db.Tables.CONSENT;
import static org.fourpi.toolkit.db.Tables.EQUALITY_MONITORING;
import static org.fourpi.toolkit.db.Tables.IMPORT_PREVIOUS_VALUE;
import static org.fourpi.toolkit.db.Tables.MEETING;
import static org.fourpi.toolkit.db.Tables.MEETING_INVITATION;
import static org.fourpi.toolkit.db.Tables.PERSON;
import static org.fourpi.toolkit.db.Tables.PERSON_DOCUMENT;
import static org.fourpi.toolkit.db.Tables.PERSON_LEVEL;
import static org.fourpi.toolkit.db.Tables.PERSON_NEED;
import static org.fourpi.toolkit.db.Tables.PERSON_PAYMENT_PREFERENCES;
import static org.fourpi.toolkit.db.Tables.PERSON_ROLE;
import static org.fourpi.toolkit.db.Tables.PERSON_STATUS_CHANGE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

import org.fourpi.toolkit.db.DefaultSchema;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;

/** The queries behind subject access, erasure and the retention review, across every feature's tables. */
final class PrivacyRepository {

    /** A table that holds rows about a person, and how to find that person's rows in it. */
    record PersonTable(Table<?> table, LongFunction<Condition> rowsOf) {
        String name() {
            return table.getName().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Every table with rows about a person: those with a person column, then those reached through
     * one (the lines and history of their claims, their own ratings in self-assessments).
     */
    static final List<PersonTable> PERSON_TABLES = List.of(
            new PersonTable(PERSON, PERSON.ID::eq),
            new PersonTable(PERSON_ROLE, PERSON_ROLE.PERSON_ID::eq),
            new PersonTable(PERSON_LEVEL, PERSON_LEVEL.PERSON_ID::eq),
            new PersonTable(PERSON_NEED, PERSON_NEED.PERSON_ID::eq),
            new PersonTable(PERSON_STATUS_CHANGE, PERSON_STATUS_CHANGE.PERSON_ID::eq),
            new PersonTable(PERSON_DOCUMENT, PERSON_DOCUMENT.PERSON_ID::eq),
            new PersonTable(CONSENT, CONSENT.PERSON_ID::eq),
            new PersonTable(EQUALITY_MONITORING, EQUALITY_MONITORING.PERSON_ID::eq),
            new PersonTable(IMPORT_PREVIOUS_VALUE, IMPORT_PREVIOUS_VALUE.PERSON_ID::eq),
            new PersonTable(PERSON_PAYMENT_PREFERENCES, PERSON_PAYMENT_PREFERENCES.PERSON_ID::eq),
            new PersonTable(CLAIM, CLAIM.PERSON_ID::eq),
            new PersonTable(CLAIM_LINE, id -> CLAIM_LINE.CLAIM_ID.in(claimsOf(id))),
            new PersonTable(CLAIM_AUDIT, id -> CLAIM_AUDIT.CLAIM_ID.in(claimsOf(id))),
            new PersonTable(MEETING_INVITATION, MEETING_INVITATION.PERSON_ID::eq),
            new PersonTable(AUDIT_LOG, AUDIT_LOG.PERSON_ID::eq),
            new PersonTable(ASSESSMENT_PARTICIPANT, ASSESSMENT_PARTICIPANT.PERSON_ID::eq),
            new PersonTable(ASSESSMENT_OWN_RATING, id -> ASSESSMENT_OWN_RATING.PARTICIPANT_ID.in(
                    DSL.select(ASSESSMENT_PARTICIPANT.ID).from(ASSESSMENT_PARTICIPANT)
                            .where(ASSESSMENT_PARTICIPANT.PERSON_ID.eq(id)))));

    private static org.jooq.Select<org.jooq.Record1<Long>> claimsOf(long personId) {
        return DSL.select(CLAIM.ID).from(CLAIM).where(CLAIM.PERSON_ID.eq(personId));
    }

    /** Every column of one person's rows in a table, in the order they were made. */
    Result<Record> rows(DSLContext db, PersonTable table, long personId) {
        var query = db.select().from(table.table()).where(table.rowsOf().apply(personId));
        UniqueKey<?> key = table.table().getPrimaryKey();
        return key == null ? query.fetch() : query.orderBy(key.getFields()).fetch();
    }

    // --- the person -----------------------------------------------------------------------------

    /** The person's name fields and contact details, as they are before erasure. */
    record Identity(String firstName, String lastName, String knownAs, String email, String phone,
                    String address, String postcode, LocalDate erasedOn) {
        String displayName() {
            String first = knownAs.isEmpty() ? firstName : knownAs;
            return lastName.isEmpty() ? first : first + " " + lastName;
        }
    }

    Optional<Identity> identity(DSLContext db, long personId) {
        return db.select(PERSON.FIRST_NAME, PERSON.LAST_NAME, PERSON.KNOWN_AS, PERSON.EMAIL, PERSON.PHONE,
                        PERSON.ADDRESS, PERSON.POSTCODE, PERSON.ERASED_ON)
                .from(PERSON).where(PERSON.ID.eq(personId))
                .fetchOptional(r -> new Identity(text(r.value1()), text(r.value2()), text(r.value3()),
                        text(r.value4()), text(r.value5()), text(r.value6()), text(r.value7()), r.value8()));
    }

    boolean nameInUse(DSLContext db, String firstName) {
        return db.fetchExists(PERSON, PERSON.FIRST_NAME.eq(firstName));
    }

    int count(DSLContext db, Table<?> table, Condition condition) {
        return db.fetchCount(table, condition);
    }

    // --- documents and receipts -----------------------------------------------------------------

    /** A file kept for a person: a document on their record, or a receipt on one of their claims. */
    record HeldFile(Kind kind, long id, String storedName, String fileName, String about) {
        enum Kind { DOCUMENT, RECEIPT }
    }

    List<HeldFile> files(DSLContext db, long personId) {
        List<HeldFile> files = new ArrayList<>();
        db.select(PERSON_DOCUMENT.ID, PERSON_DOCUMENT.STORED_NAME, PERSON_DOCUMENT.FILE_NAME, PERSON_DOCUMENT.TITLE)
                .from(PERSON_DOCUMENT).where(PERSON_DOCUMENT.PERSON_ID.eq(personId)).orderBy(PERSON_DOCUMENT.ID)
                .forEach(r -> files.add(new HeldFile(HeldFile.Kind.DOCUMENT, r.value1(), r.value2(), r.value3(),
                        r.value4())));
        files.addAll(receipts(db, CLAIM.PERSON_ID.eq(personId)));
        return files;
    }

    private List<HeldFile> receipts(DSLContext db, Condition claims) {
        return db.select(CLAIM_LINE.ID, CLAIM_LINE.RECEIPT_FILE, CLAIM_LINE.RECEIPT_NAME, CLAIM.ACTIVITY,
                        CLAIM.ACTIVITY_DATE)
                .from(CLAIM_LINE).join(CLAIM).on(CLAIM.ID.eq(CLAIM_LINE.CLAIM_ID))
                .where(claims).and(CLAIM_LINE.RECEIPT_FILE.isNotNull())
                .orderBy(CLAIM.ACTIVITY_DATE, CLAIM_LINE.ID)
                .fetch(r -> new HeldFile(HeldFile.Kind.RECEIPT, r.value1(), r.value2(),
                        r.value3() == null ? r.value2() : r.value3(),
                        r.value4() + ", " + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                                .format(r.value5())));
    }

    // --- meetings -------------------------------------------------------------------------------

    /** A meeting the person was invited to. */
    record MeetingTaken(String title, LocalDate on, String role, String attendance) {
    }

    List<MeetingTaken> meetings(DSLContext db, long personId) {
        return db.select(MEETING.TITLE, MEETING.MEETING_DATE, MEETING_INVITATION.ROLE, MEETING_INVITATION.ATTENDANCE)
                .from(MEETING_INVITATION).join(MEETING).on(MEETING.ID.eq(MEETING_INVITATION.MEETING_ID))
                .where(MEETING_INVITATION.PERSON_ID.eq(personId))
                .orderBy(MEETING.MEETING_DATE)
                .fetch(r -> new MeetingTaken(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The self-assessments the person took part in. */
    List<String> assessments(DSLContext db, long personId) {
        return db.select(ASSESSMENT.TITLE).from(ASSESSMENT_PARTICIPANT)
                .join(ASSESSMENT).on(ASSESSMENT.ID.eq(ASSESSMENT_PARTICIPANT.ASSESSMENT_ID))
                .where(ASSESSMENT_PARTICIPANT.PERSON_ID.eq(personId))
                .orderBy(ASSESSMENT.HELD_ON).fetch(r -> r.value1());
    }

    // --- erasure --------------------------------------------------------------------------------

    /** Replaces the person's name and removes every detail on their own row. */
    void anonymisePerson(DSLContext db, long personId, String pseudonym, LocalDate on, LocalDateTime now) {
        db.update(PERSON)
                .set(PERSON.FIRST_NAME, pseudonym)
                .setNull(PERSON.LAST_NAME)
                .setNull(PERSON.KNOWN_AS)
                .setNull(PERSON.OTHER_ROLE)
                .setNull(PERSON.EMAIL)
                .setNull(PERSON.PHONE)
                .setNull(PERSON.ADDRESS)
                .setNull(PERSON.POSTCODE)
                .setNull(PERSON.PREFERRED_CONTACT)
                .set(PERSON.LISTED_IN_PACKS, false)
                .setNull(PERSON.DATE_OF_BIRTH)
                .setNull(PERSON.PREFERRED_TIMES)
                .setNull(PERSON.OTHER_NEEDS)
                .setNull(PERSON.IMPORT_BATCH_ID)
                .set(PERSON.STATUS, "LEFT")
                .set(PERSON.ERASED_ON, on)
                .set(PERSON.UPDATED_AT, now)
                .where(PERSON.ID.eq(personId))
                .execute();
    }

    /** Removes the person's own rows from tables that hold nothing the accounts or the figures need. */
    List<String> deleteOwnDetails(DSLContext db, long personId) {
        List<String> storedNames = db.select(PERSON_DOCUMENT.STORED_NAME).from(PERSON_DOCUMENT)
                .where(PERSON_DOCUMENT.PERSON_ID.eq(personId)).fetch(r -> r.value1());
        db.deleteFrom(PERSON_DOCUMENT).where(PERSON_DOCUMENT.PERSON_ID.eq(personId)).execute();
        db.deleteFrom(PERSON_NEED).where(PERSON_NEED.PERSON_ID.eq(personId)).execute();
        db.deleteFrom(CONSENT).where(CONSENT.PERSON_ID.eq(personId)).execute();
        db.deleteFrom(EQUALITY_MONITORING).where(EQUALITY_MONITORING.PERSON_ID.eq(personId)).execute();
        db.deleteFrom(IMPORT_PREVIOUS_VALUE).where(IMPORT_PREVIOUS_VALUE.PERSON_ID.eq(personId)).execute();
        db.deleteFrom(PERSON_PAYMENT_PREFERENCES).where(PERSON_PAYMENT_PREFERENCES.PERSON_ID.eq(personId)).execute();
        db.update(PERSON_STATUS_CHANGE).setNull(PERSON_STATUS_CHANGE.NOTE)
                .where(PERSON_STATUS_CHANGE.PERSON_ID.eq(personId)).execute();
        db.update(MEETING_INVITATION).setNull(MEETING_INVITATION.TRAVEL_DESCRIPTION)
                .where(MEETING_INVITATION.PERSON_ID.eq(personId)).execute();
        db.update(CLAIM).setNull(CLAIM.NOTES).where(CLAIM.PERSON_ID.eq(personId)).execute();
        db.update(AUDIT_LOG).setNull(AUDIT_LOG.BEFORE_VALUE).setNull(AUDIT_LOG.AFTER_VALUE)
                .where(AUDIT_LOG.PERSON_ID.eq(personId)).execute();
        return storedNames;
    }

    void addStatusChange(DSLContext db, long personId, LocalDate on, LocalDateTime now) {
        db.insertInto(PERSON_STATUS_CHANGE)
                .set(PERSON_STATUS_CHANGE.PERSON_ID, personId)
                .set(PERSON_STATUS_CHANGE.STATUS, "LEFT")
                .set(PERSON_STATUS_CHANGE.EFFECTIVE_ON, on)
                .set(PERSON_STATUS_CHANGE.RECORDED_AT, now)
                .execute();
    }

    void renameParticipations(DSLContext db, long personId, String pseudonym) {
        db.update(ASSESSMENT_PARTICIPANT).set(ASSESSMENT_PARTICIPANT.NAME, pseudonym)
                .where(ASSESSMENT_PARTICIPANT.PERSON_ID.eq(personId)).execute();
    }

    /** The text columns of the person's own rows that stay after erasure, for their name to be taken out. */
    void scrubOwnRows(DSLContext db, long personId, UnaryOperator<String> scrub) {
        scrub(db, CLAIM, CLAIM.PERSON_ID.eq(personId), scrub);
        scrub(db, CLAIM_LINE, CLAIM_LINE.CLAIM_ID.in(claimsOf(personId)), scrub);
        scrub(db, CLAIM_AUDIT, CLAIM_AUDIT.CLAIM_ID.in(claimsOf(personId)), scrub);
        scrub(db, MEETING_INVITATION, MEETING_INVITATION.PERSON_ID.eq(personId), scrub);
        scrub(db, PERSON_STATUS_CHANGE, PERSON_STATUS_CHANGE.PERSON_ID.eq(personId), scrub);
        scrub(db, ASSESSMENT_PARTICIPANT, ASSESSMENT_PARTICIPANT.PERSON_ID.eq(personId), scrub);
    }

    /**
     * Takes the given words out of every text column of every table (except the migration history and
     * the register's own rows),
     * wherever they appear: a full name or an email address in someone else's notes, say.
     */
    void scrubEverywhere(DSLContext db, List<String> words, UnaryOperator<String> scrub) {
        List<String> lower = words.stream().filter(w -> !w.isBlank()).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        if (lower.isEmpty()) {
            return;
        }
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            // Other people's own details are theirs: a shared email address stays on a partner's record.
            String name = table.getName().toLowerCase(Locale.ROOT);
            if (table.getPrimaryKey() == null || name.startsWith("flyway") || name.equals("person")) {
                continue;
            }
            List<Field<String>> texts = textFields(table);
            if (texts.isEmpty()) {
                continue;
            }
            Condition any = DSL.noCondition();
            for (Field<String> field : texts) {
                for (String word : lower) {
                    any = any.or(DSL.lower(field).contains(word));
                }
            }
            scrub(db, table, any, scrub);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Field<String>> textFields(Table<?> table) {
        List<Field<String>> fields = new ArrayList<>();
        for (Field<?> field : table.fields()) {
            if (field.getType() == String.class) {
                fields.add((Field<String>) field);
            }
        }
        return fields;
    }

    /** Rewrites the text columns of the matching rows, found by their primary key, where the text changes. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void scrub(DSLContext db, Table<?> table, Condition rows, UnaryOperator<String> scrub) {
        List<Field<String>> texts = textFields(table);
        List<? extends org.jooq.TableField<?, ?>> key = table.getPrimaryKey().getFields();
        for (Record row : db.select().from(table).where(rows).fetch()) {
            var changes = new java.util.LinkedHashMap<Field<?>, Object>();
            for (Field<String> field : texts) {
                String before = row.get(field);
                if (before == null) {
                    continue;
                }
                String after = scrub.apply(before);
                int length = field.getDataType().length();
                if (length > 0 && after.length() > length) {
                    after = after.substring(0, length);
                }
                if (!after.equals(before)) {
                    changes.put(field, after);
                }
            }
            if (!changes.isEmpty()) {
                Condition same = DSL.noCondition();
                for (var keyField : key) {
                    same = same.and(((Field) keyField).eq(row.get(keyField)));
                }
                db.update(table).set(changes).where(same).execute();
            }
        }
    }

    // --- retention ------------------------------------------------------------------------------

    /** A claim with the day that counts for how long it is kept: the day it was paid, or else its activity. */
    record KeptClaim(long claimId, long personId, LocalDate counted) {
    }

    List<KeptClaim> claimsOfErasedPeople(DSLContext db) {
        return db.select(CLAIM.ID, CLAIM.PERSON_ID, DSL.coalesce(CLAIM.PAID_ON, CLAIM.ACTIVITY_DATE))
                .from(CLAIM).join(PERSON).on(PERSON.ID.eq(CLAIM.PERSON_ID))
                .where(PERSON.ERASED_ON.isNotNull())
                .fetch(r -> new KeptClaim(r.value1(), r.value2(), r.value3()));
    }

    List<KeptClaim> claimsOf(DSLContext db, long personId) {
        return db.select(CLAIM.ID, CLAIM.PERSON_ID, DSL.coalesce(CLAIM.PAID_ON, CLAIM.ACTIVITY_DATE))
                .from(CLAIM).where(CLAIM.PERSON_ID.eq(personId))
                .fetch(r -> new KeptClaim(r.value1(), r.value2(), r.value3()));
    }

    /** Someone not erased whose status is "left", with the day they left. */
    record LeftPerson(long personId, String name, LocalDate leftOn) {
    }

    List<LeftPerson> peopleWhoLeft(DSLContext db) {
        var leftOn = DSL.max(PERSON_STATUS_CHANGE.EFFECTIVE_ON);
        return db.select(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME, PERSON.KNOWN_AS, leftOn)
                .from(PERSON).join(PERSON_STATUS_CHANGE).on(PERSON_STATUS_CHANGE.PERSON_ID.eq(PERSON.ID)
                        .and(PERSON_STATUS_CHANGE.STATUS.eq("LEFT")))
                .where(PERSON.STATUS.eq("LEFT")).and(PERSON.ERASED_ON.isNull())
                .groupBy(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME, PERSON.KNOWN_AS)
                .fetch(r -> new LeftPerson(r.value1(),
                        new Identity(text(r.value2()), text(r.value3()), text(r.value4()), "", "", "", "", null)
                                .displayName(), r.value5()));
    }

    String nameOf(DSLContext db, long personId) {
        return identity(db, personId).map(Identity::displayName).orElse("");
    }

    /** Removes claims with their lines and history; returns the receipts they kept. */
    List<String> deleteClaims(DSLContext db, List<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        List<String> receipts = db.select(CLAIM_LINE.RECEIPT_FILE).from(CLAIM_LINE)
                .where(CLAIM_LINE.CLAIM_ID.in(claimIds)).and(CLAIM_LINE.RECEIPT_FILE.isNotNull())
                .fetch(r -> r.value1());
        db.deleteFrom(CLAIM_AUDIT).where(CLAIM_AUDIT.CLAIM_ID.in(claimIds)).execute();
        db.deleteFrom(CLAIM_LINE).where(CLAIM_LINE.CLAIM_ID.in(claimIds)).execute();
        db.deleteFrom(CLAIM).where(CLAIM.ID.in(claimIds)).execute();
        return receipts;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
