package org.fourpi.toolkit.people;

import static org.fourpi.toolkit.db.Tables.EQUALITY_MONITORING;
import static org.fourpi.toolkit.db.Tables.PERSON;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.fourpi.toolkit.db.tables.records.EqualityMonitoringRecord;
import org.jooq.DSLContext;

/** Reads and writes equality monitoring answers, which live in a table of their own. */
final class EqualityRepository {

    Optional<EqualityAnswers> find(DSLContext db, long personId) {
        return db.fetchOptional(EQUALITY_MONITORING, EQUALITY_MONITORING.PERSON_ID.eq(personId))
                .map(EqualityRepository::toAnswers);
    }

    /** Every recorded answer set, objections included (callers leave those out of figures). */
    List<EqualityAnswers> all(DSLContext db) {
        return db.selectFrom(EQUALITY_MONITORING).fetch(EqualityRepository::toAnswers);
    }

    /** The answer sets, objections included, of people active now; no names or ids leave this query. */
    List<EqualityAnswers> ofActivePeople(DSLContext db) {
        return db.select(EQUALITY_MONITORING.fields()).from(EQUALITY_MONITORING)
                .join(PERSON).on(PERSON.ID.eq(EQUALITY_MONITORING.PERSON_ID))
                .where(PERSON.STATUS.eq(InvolvementStatus.ACTIVE.name()))
                .fetchInto(EQUALITY_MONITORING)
                .map(EqualityRepository::toAnswers);
    }

    /** Every recorded answer set by person, objections included, for an export that asks for them. */
    Map<Long, EqualityAnswers> allByPerson(DSLContext db) {
        Map<Long, EqualityAnswers> answers = new HashMap<>();
        db.selectFrom(EQUALITY_MONITORING).forEach(r -> answers.put(r.getPersonId(), toAnswers(r)));
        return answers;
    }

    void save(DSLContext db, long personId, EqualityAnswers a, LocalDateTime now) {
        EqualityMonitoringRecord row = db.newRecord(EQUALITY_MONITORING)
                .setPersonId(personId)
                .setAgeBand(name(a.ageBand()))
                .setEthnicity(name(a.ethnicity()))
                .setSex(name(a.sex()))
                .setGenderSameAsBirth(name(a.genderSameAsBirth()))
                .setDisability(name(a.disability()))
                .setSexualOrientation(name(a.sexualOrientation()))
                .setReligion(name(a.religion()))
                .setUnpaidCarer(name(a.unpaidCarer()))
                .setObjectedOn(a.objectedOn())
                .setUpdatedAt(now);
        db.insertInto(EQUALITY_MONITORING).set(row).onDuplicateKeyUpdate().set(row).execute();
    }

    private static EqualityAnswers toAnswers(EqualityMonitoringRecord r) {
        return new EqualityAnswers(
                value(r.getAgeBand(), AgeBand::valueOf), value(r.getEthnicity(), Ethnicity::valueOf),
                value(r.getSex(), Sex::valueOf), value(r.getGenderSameAsBirth(), Answer::valueOf),
                value(r.getDisability(), Answer::valueOf), value(r.getSexualOrientation(), SexualOrientation::valueOf),
                value(r.getReligion(), Religion::valueOf), value(r.getUnpaidCarer(), Answer::valueOf),
                r.getObjectedOn());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E> E value(String name, Function<String, E> parse) {
        return name == null ? null : parse.apply(name);
    }
}
