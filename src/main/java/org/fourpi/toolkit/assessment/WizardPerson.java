package org.fourpi.toolkit.assessment;

import org.fourpi.toolkit.people.Perspective;

/** Someone in the People register who can take part in an assessment, with the perspective on their record. */
public record WizardPerson(long id, String name, Perspective perspective) {

    @Override
    public String toString() {
        return name;
    }
}
