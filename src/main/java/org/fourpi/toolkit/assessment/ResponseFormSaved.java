package org.fourpi.toolkit.assessment;

import java.util.List;

/**
 * What saving the answers of checked forms did.
 *
 * @param people  whose answers were saved, with how many answers each
 * @param refused plain sentences for forms that could not be saved after all
 */
public record ResponseFormSaved(List<Person> people, List<String> refused) {

    /** One person whose answers were saved. */
    public record Person(String name, int answers) {
    }

    public ResponseFormSaved {
        people = List.copyOf(people);
        refused = List.copyOf(refused);
    }

    public int answers() {
        return people.stream().mapToInt(Person::answers).sum();
    }
}
