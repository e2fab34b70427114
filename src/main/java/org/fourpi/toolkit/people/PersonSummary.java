package org.fourpi.toolkit.people;

import java.util.Set;

/** One row of the people list: enough to show, sort and filter, and nothing sensitive. */
public record PersonSummary(
        long id,
        String displayName,
        String firstName,
        String lastName,
        Perspective perspective,
        Set<Role> roles,
        Set<InvolvementLevel> levels,
        InvolvementStatus status,
        String email,
        String phone,
        Set<AccessNeed> needs,
        boolean otherNeeds) {

    public PersonSummary {
        roles = Set.copyOf(roles);
        levels = Set.copyOf(levels);
        needs = Set.copyOf(needs);
    }

    public boolean hasAccessNeeds() {
        return !needs.isEmpty() || otherNeeds;
    }
}
