package org.fourpi.toolkit.people;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.fourpi.toolkit.common.validation.Problem;

/** The rules a person's record must meet before it is saved. */
public final class PersonRules {

    /** Nobody taking part was born before this; an earlier date is a typing slip. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private PersonRules() {
    }

    /** The problem with a date of birth, if any: never in the future, never before 1900. */
    public static Optional<Problem> checkDateOfBirth(LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth == null) {
            return Optional.empty();
        }
        if (dateOfBirth.isAfter(today)) {
            return Optional.of(Problem.DATE_IN_FUTURE);
        }
        return dateOfBirth.isBefore(EARLIEST_BIRTH) ? Optional.of(Problem.DATE_TOO_EARLY) : Optional.empty();
    }

    /** Every field's problem, in form order; empty when the person can be saved. */
    public static Map<PersonField, Problem> check(Person p, LocalDate today) {
        Map<PersonField, Problem> problems = new EnumMap<>(PersonField.class);
        text(problems, PersonField.FIRST_NAME, p.firstName());
        text(problems, PersonField.LAST_NAME, p.lastName());
        text(problems, PersonField.KNOWN_AS, p.knownAs());
        text(problems, PersonField.OTHER_ROLE, p.otherRole());
        text(problems, PersonField.EMAIL, p.email());
        text(problems, PersonField.PHONE, p.phone());
        text(problems, PersonField.ADDRESS, p.address());
        text(problems, PersonField.POSTCODE, p.postcode());
        text(problems, PersonField.PREFERRED_TIMES, p.preferredTimes());
        text(problems, PersonField.OTHER_NEEDS, p.otherNeeds());
        checkDateOfBirth(p.dateOfBirth(), today).ifPresent(problem -> problems.put(PersonField.DATE_OF_BIRTH, problem));
        return problems;
    }

    private static void text(Map<PersonField, Problem> problems, PersonField field, String value) {
        field.rule().check(value).ifPresent(problem -> problems.put(field, problem));
    }
}
