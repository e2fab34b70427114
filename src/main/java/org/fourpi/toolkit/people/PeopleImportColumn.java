package org.fourpi.toolkit.people;

import java.util.List;
import java.util.Optional;

import org.fourpi.toolkit.common.text.Labelled;

/**
 * The parts of a person's record that a spreadsheet column can hold, in the order an export writes
 * them. Each knows the headers people commonly give it, so most columns are matched without help.
 */
public enum PeopleImportColumn implements Labelled {
    FIRST_NAME(PersonField.FIRST_NAME, "first name", "firstname", "forename", "forenames", "given name", "first"),
    LAST_NAME(PersonField.LAST_NAME, "last name", "surname", "family name", "lastname", "second name"),
    KNOWN_AS(PersonField.KNOWN_AS, "known as", "preferred name", "nickname", "likes to be called", "name used"),
    PERSPECTIVE(null, "perspective", "lived experience", "service user or carer", "experience", "perspectives"),
    ROLES(null, "role", "roles", "role(s)", "involvement role", "involvement roles"),
    OTHER_ROLE(PersonField.OTHER_ROLE, "other role", "other roles", "role other", "role details"),
    LEVELS(null, "level", "levels", "level(s)", "involvement level", "involvement levels", "4pi level",
            "4pi levels", "where involved"),
    EMAIL(PersonField.EMAIL, "email", "e-mail", "email address", "e-mail address"),
    PHONE(PersonField.PHONE, "phone", "telephone", "tel", "mobile", "phone number", "telephone number",
            "mobile number", "mobile phone", "contact number"),
    ADDRESS(PersonField.ADDRESS, "address", "home address", "postal address", "street address"),
    POSTCODE(PersonField.POSTCODE, "postcode", "post code", "postal code", "zip", "zip code"),
    PREFERRED_CONTACT(null, "preferred contact", "contact preference", "preferred contact method",
            "how to contact", "contact by", "contact method", "best way to contact"),
    LISTED_IN_PACKS(null, "listed in packs", "listed in meeting packs", "in packs", "include in packs",
            "listed in pack", "show in packs"),
    DATE_OF_BIRTH(PersonField.DATE_OF_BIRTH, "date of birth", "dob", "d.o.b.", "birth date", "birthdate",
            "birthday", "born"),
    ACCESS_NEEDS(null, "access needs", "access need", "needs", "access requirements", "support needs",
            "access and support needs"),
    PREFERRED_TIMES(PersonField.PREFERRED_TIMES, "preferred times", "best times", "availability",
            "times available", "when available"),
    OTHER_NEEDS(PersonField.OTHER_NEEDS, "other needs", "other access needs", "other requirements",
            "needs details"),
    STATUS(null, "status", "involvement status", "current status");

    private final PersonField field;
    private final List<String> headers;

    PeopleImportColumn(PersonField field, String... headers) {
        this.field = field;
        this.headers = List.of(headers);
    }

    @Override
    public String labelKey() {
        return "import.column." + name();
    }

    /** The headers this column is known by, besides its own label. */
    List<String> commonHeaders() {
        return headers;
    }

    /** The checked text field behind this column, where there is one. */
    Optional<PersonField> personField() {
        return Optional.ofNullable(field);
    }

    /** The column that holds a checked text field. */
    static PeopleImportColumn of(PersonField field) {
        for (PeopleImportColumn column : values()) {
            if (column.field == field) {
                return column;
            }
        }
        throw new IllegalArgumentException("No column for " + field);
    }
}
