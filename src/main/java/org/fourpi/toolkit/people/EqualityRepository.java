package org.fourpi.toolkit.people;

import static org.fourpi.toolkit.db.Tables.EQUALITY_MONITORING;
import static org.fourpi.toolkit.db.Tables.PERSON;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.fourpi.toolkit.db.tables.records.EqualityMonitoringRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

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

    /**
     * The equality answers of people active now, counted by the database: how many objected, how many
     * answered at least one question without objecting, and for those, how many gave each stored answer
     * to each question. No names or ids leave these queries.
     */
    Tally tallyOfActivePeople(DSLContext db) {
        Map<PresenceTopic, Field<String>> columns = new EnumMap<>(PresenceTopic.class);
        columns.put(PresenceTopic.AGE, EQUALITY_MONITORING.AGE_BAND);
        columns.put(PresenceTopic.ETHNIC_GROUP, EQUALITY_MONITORING.ETHNICITY);
        columns.put(PresenceTopic.SEX, EQUALITY_MONITORING.SEX);
        columns.put(PresenceTopic.GENDER_IDENTITY, EQUALITY_MONITORING.GENDER_SAME_AS_BIRTH);
        columns.put(PresenceTopic.DISABILITY, EQUALITY_MONITORING.DISABILITY);
        columns.put(PresenceTopic.SEXUAL_ORIENTATION, EQUALITY_MONITORING.SEXUAL_ORIENTATION);
        columns.put(PresenceTopic.RELIGION, EQUALITY_MONITORING.RELIGION);
        columns.put(PresenceTopic.UNPAID_CARER, EQUALITY_MONITORING.UNPAID_CARER);
        Condition active = PERSON.STATUS.eq(InvolvementStatus.ACTIVE.name());
        Condition objected = EQUALITY_MONITORING.OBJECTED_ON.isNotNull();
        Condition answered = EQUALITY_MONITORING.OBJECTED_ON.isNull()
                .and(DSL.or(columns.values().stream().map(Field::isNotNull).toList()));
        var counts = db.select(DSL.count().filterWhere(answered), DSL.count().filterWhere(objected))
                .from(EQUALITY_MONITORING).join(PERSON).on(PERSON.ID.eq(EQUALITY_MONITORING.PERSON_ID))
                .where(active).fetchSingle();
        Map<PresenceTopic, Answers> answers = new EnumMap<>(PresenceTopic.class);
        columns.forEach((topic, column) -> {
            Map<String, Integer> given = new HashMap<>();
            int[] skipped = {0};
            db.select(column, DSL.count()).from(EQUALITY_MONITORING)
                    .join(PERSON).on(PERSON.ID.eq(EQUALITY_MONITORING.PERSON_ID))
                    .where(active).and(answered).groupBy(column)
                    .forEach(r -> {
                        if (r.value1() == null) {
                            skipped[0] = r.value2();
                        } else {
                            given.put(r.value1(), r.value2());
                        }
                    });
            answers.put(topic, new Answers(given, skipped[0]));
        });
        return new Tally(counts.value1(), counts.value2(), answers);
    }

    /**
     * Counts of equality answers.
     *
     * @param answered people who answered at least one question and did not object
     * @param answers  for each question, by its breakdown, what those people answered
     */
    record Tally(int answered, int objected, Map<PresenceTopic, Answers> answers) {
    }

    /**
     * One question's answers among the people who answered some question.
     *
     * @param given   how many gave each answer, by the name it is stored under
     * @param skipped how many left this question unanswered
     */
    record Answers(Map<String, Integer> given, int skipped) {
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
