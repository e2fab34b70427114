package org.fourpi.toolkit.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fourpi.toolkit.audit.AuditArea;
import org.fourpi.toolkit.audit.AuditChange;
import org.fourpi.toolkit.audit.AuditTrail;
import org.fourpi.toolkit.audit.FieldChanges;
import org.fourpi.toolkit.common.db.Database;
import org.jooq.DSLContext;

/**
 * Equality monitoring answers: special-category data, kept in their own table, shown only on their
 * own tab and used only in aggregate. An objection removes a person's answers for good.
 */
public final class EqualityService {

    private final Database database;
    private final Clock clock;
    private final EqualityRepository repository = new EqualityRepository();
    private final AuditTrail audit;

    public EqualityService(Database database, Clock clock) {
        this(database, clock, AuditTrail.NONE);
    }

    /**
     * @param audit where the fact of a change is written: which questions changed, never the answers, so
     *              the audit log holds no special-category data
     */
    public EqualityService(Database database, Clock clock, AuditTrail audit) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
    }

    public EqualityAnswers find(long personId) {
        return repository.find(database.dsl(), personId).orElse(EqualityAnswers.NONE);
    }

    /** Saves answers; once a person has objected, new answers are refused until the objection is lifted. */
    public void save(long personId, EqualityAnswers answers) {
        if (answers.objected()) {
            throw new IllegalArgumentException("Use recordObjection to record an objection");
        }
        database.transaction(db -> {
            Optional<EqualityAnswers> before = repository.find(db, personId);
            if (before.map(EqualityAnswers::objected).orElse(false)) {
                throw new IllegalStateException("Person " + personId + " has objected to equality monitoring");
            }
            repository.save(db, personId, answers, LocalDateTime.now(clock));
            List<String> changed = changedQuestions(before.orElse(EqualityAnswers.NONE), answers);
            if (!changed.isEmpty()) {
                audit.record(db, changed.stream().map(question -> new AuditChange(AuditArea.PEOPLE,
                        "person.equality.changed", personId, personId, question, null, null)).toList());
            }
        });
    }

    /** The questions whose answers differ, by the key the audit log keeps; never the answers. */
    static List<String> changedQuestions(EqualityAnswers before, EqualityAnswers after) {
        return FieldChanges.between(before, after, AuditArea.PEOPLE, "person.equality.changed", null, null)
                .field("equality.ageBand", EqualityAnswers::ageBand)
                .field("equality.ethnicity", EqualityAnswers::ethnicity)
                .field("equality.sex", EqualityAnswers::sex)
                .field("equality.genderSameAsBirth", EqualityAnswers::genderSameAsBirth)
                .field("equality.disability", EqualityAnswers::disability)
                .field("equality.sexualOrientation", EqualityAnswers::sexualOrientation)
                .field("equality.religion", EqualityAnswers::religion)
                .field("equality.unpaidCarer", EqualityAnswers::unpaidCarer)
                .changes().stream().map(AuditChange::field).toList();
    }

    /** The person objects: their answers are removed and they are left out of every equality figure. */
    public void recordObjection(long personId) {
        database.transaction(db -> recordObjectionIn(db, personId, LocalDate.now(clock)));
    }

    void recordObjectionIn(DSLContext db, long personId, LocalDate on) {
        repository.save(db, personId, EqualityAnswers.objection(on), LocalDateTime.now(clock));
        audit.record(db, AuditChange.of(AuditArea.PEOPLE, "person.equality.objected", personId, personId, null, on));
    }

    /** The answers of everyone who has not objected, with no names: for figures only. */
    public List<EqualityAnswers> answersForFigures() {
        return repository.all(database.dsl()).stream().filter(a -> !a.objected()).toList();
    }

    /**
     * The answer sets of people active now, with no names, for the Presence figures. Objections are
     * included, with no answers in them, so that they can be counted as a number.
     */
    List<EqualityAnswers> answersOfActivePeople() {
        return repository.ofActivePeople(database.dsl());
    }

    /** The answers of people active now, counted by the database, for the Presence figures. */
    EqualityRepository.Tally tallyOfActivePeople() {
        return repository.tallyOfActivePeople(database.dsl());
    }

    /** Everyone's answers by person id, for an export that was asked to include them. */
    Map<Long, EqualityAnswers> answersByPerson() {
        return repository.allByPerson(database.dsl());
    }

    public Optional<LocalDate> objectedOn(long personId) {
        return Optional.ofNullable(find(personId).objectedOn());
    }
}
