package org.fourpi.toolkit.hostile;

import java.time.LocalDate;
import java.util.List;

import org.fourpi.toolkit.people.PeopleImportPreview;
import org.fourpi.toolkit.people.Person;

/** Checks on what a way in read from a file it took. */
final class Results {

    private Results() {
    }

    static Person first(Object result) {
        PeopleImportPreview preview = (PeopleImportPreview) result;
        return preview.rows().getFirst().person();
    }

    static boolean firstPerson(Object result, String firstName, LocalDate born) {
        Person person = first(result);
        return person.firstName().equals(firstName) && born.equals(person.dateOfBirth());
    }

    static boolean firstPersonNamed(Object result, String firstName, String lastName) {
        Person person = first(result);
        return person.firstName().equals(firstName) && person.lastName().equals(lastName);
    }

    @SuppressWarnings("unchecked")
    static List<String> pages(Object result) {
        return (List<String>) result;
    }
}
