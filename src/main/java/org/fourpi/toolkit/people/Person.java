package org.fourpi.toolkit.people;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * One person in the register, as the add/edit form holds them. Text fields are never null (empty
 * when not given); {@code id} is null until the person is first saved; the date of birth, the
 * preferred way of contact and the perspective may be null where not known.
 */
public record Person(
        Long id,
        String firstName,
        String lastName,
        String knownAs,
        Perspective perspective,
        Set<Role> roles,
        String otherRole,
        Set<InvolvementLevel> levels,
        String email,
        String phone,
        String address,
        String postcode,
        ContactMethod preferredContact,
        boolean listedInPacks,
        LocalDate dateOfBirth,
        Set<AccessNeed> needs,
        String preferredTimes,
        String otherNeeds,
        InvolvementStatus status) {

    public Person {
        firstName = clean(firstName);
        lastName = clean(lastName);
        knownAs = clean(knownAs);
        perspective = perspective == null ? Perspective.OTHER : perspective;
        roles = copy(roles, Role.class);
        otherRole = clean(otherRole);
        levels = copy(levels, InvolvementLevel.class);
        email = clean(email);
        phone = clean(phone);
        address = address == null ? "" : address.strip();
        postcode = clean(postcode);
        needs = copy(needs, AccessNeed.class);
        preferredTimes = clean(preferredTimes);
        otherNeeds = clean(otherNeeds);
        status = status == null ? InvolvementStatus.ACTIVE : status;
    }

    /** A new, active person with only a name, to fill in further. */
    public static Person named(String firstName, String lastName) {
        return new Person(null, firstName, lastName, "", Perspective.OTHER, Set.of(), "", Set.of(), "", "", "", "",
                null, false, null, Set.of(), "", "", InvolvementStatus.ACTIVE);
    }

    /** The name to use in lists and packs: the name they like to be called, then their last name. */
    public String displayName() {
        String first = knownAs.isEmpty() ? firstName : knownAs;
        return lastName.isEmpty() ? first : first + " " + lastName;
    }

    public boolean hasAccessNeeds() {
        return !needs.isEmpty() || !otherNeeds.isEmpty() || !preferredTimes.isEmpty();
    }

    public Person withId(Long newId) {
        return new Person(newId, firstName, lastName, knownAs, perspective, roles, otherRole, levels, email, phone,
                address, postcode, preferredContact, listedInPacks, dateOfBirth, needs, preferredTimes, otherNeeds,
                status);
    }

    public Person withStatus(InvolvementStatus newStatus) {
        return new Person(id, firstName, lastName, knownAs, perspective, roles, otherRole, levels, email, phone,
                address, postcode, preferredContact, listedInPacks, dateOfBirth, needs, preferredTimes, otherNeeds,
                newStatus);
    }

    public Person withPostcode(String newPostcode) {
        return new Person(id, firstName, lastName, knownAs, perspective, roles, otherRole, levels, email, phone,
                address, newPostcode, preferredContact, listedInPacks, dateOfBirth, needs, preferredTimes, otherNeeds,
                status);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty()
                ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(values));
    }
}
