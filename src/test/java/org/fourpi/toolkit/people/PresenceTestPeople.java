package org.fourpi.toolkit.people;

import java.util.Set;

/** Adds people to a test register in a line each. */
final class PresenceTestPeople {

    private final PeopleService people;
    private final EqualityService equality;
    private int added;

    PresenceTestPeople(PeopleService people, EqualityService equality) {
        this.people = people;
        this.equality = equality;
    }

    /** Adds {@code count} people with the same perspective, roles, levels and status; returns the last id. */
    long add(int count, Perspective perspective, Set<Role> roles, Set<InvolvementLevel> levels,
             InvolvementStatus status) {
        long id = -1;
        for (int i = 0; i < count; i++) {
            added++;
            id = people.save(new Person(null, "Person", "Number " + added, "", perspective, roles, "", levels,
                    "", "", "", "", null, false, null, Set.of(), "", "", status)).id();
        }
        return id;
    }

    long add(int count, Perspective perspective) {
        return add(count, perspective, Set.of(), Set.of(), InvolvementStatus.ACTIVE);
    }

    /** Adds {@code count} active service users who all gave these equality answers. */
    void answering(int count, EqualityAnswers answers) {
        for (int i = 0; i < count; i++) {
            equality.save(add(1, Perspective.SERVICE_USER), answers);
        }
    }

    static EqualityAnswers ethnicity(Ethnicity ethnicity) {
        return new EqualityAnswers(null, ethnicity, null, null, null, null, null, null, null);
    }
}
