package org.fourpi.toolkit.people;

import java.util.List;

/** Everything shown on a person's record apart from equality monitoring, which has its own tab. */
public record PersonDetails(Person person, List<StatusChange> history, List<Consent> consents,
                            List<PersonDocument> documents) {

    public PersonDetails {
        history = List.copyOf(history);
        consents = List.copyOf(consents);
        documents = List.copyOf(documents);
    }
}
