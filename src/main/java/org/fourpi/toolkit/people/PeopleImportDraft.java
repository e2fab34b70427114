package org.fourpi.toolkit.people;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's record as a set of column values, so that an import can change only the columns a
 * spreadsheet fills, and undo can put back exactly what it changed.
 */
final class PeopleImportDraft {

    private final Long id;
    private final Map<PeopleImportColumn, Object> values = new EnumMap<>(PeopleImportColumn.class);

    private PeopleImportDraft(Long id) {
        this.id = id;
    }

    static PeopleImportDraft of(Person p) {
        PeopleImportDraft draft = new PeopleImportDraft(p.id());
        for (PeopleImportColumn column : PeopleImportColumn.values()) {
            draft.values.put(column, valueOf(p, column));
        }
        return draft;
    }

    /** A new person: nothing filled in, and the defaults a new record has. */
    static PeopleImportDraft fresh() {
        return of(Person.named("", ""));
    }

    Object get(PeopleImportColumn column) {
        return values.get(column);
    }

    PeopleImportDraft set(PeopleImportColumn column, Object value) {
        values.put(column, value);
        return this;
    }

    @SuppressWarnings("unchecked")
    Person toPerson() {
        return new Person(id,
                text(PeopleImportColumn.FIRST_NAME), text(PeopleImportColumn.LAST_NAME),
                text(PeopleImportColumn.KNOWN_AS), (Perspective) get(PeopleImportColumn.PERSPECTIVE),
                (Set<Role>) get(PeopleImportColumn.ROLES), text(PeopleImportColumn.OTHER_ROLE),
                (Set<InvolvementLevel>) get(PeopleImportColumn.LEVELS), text(PeopleImportColumn.EMAIL),
                text(PeopleImportColumn.PHONE), text(PeopleImportColumn.ADDRESS), text(PeopleImportColumn.POSTCODE),
                (ContactMethod) get(PeopleImportColumn.PREFERRED_CONTACT),
                Boolean.TRUE.equals(get(PeopleImportColumn.LISTED_IN_PACKS)),
                (LocalDate) get(PeopleImportColumn.DATE_OF_BIRTH), (Set<AccessNeed>) get(PeopleImportColumn.ACCESS_NEEDS),
                text(PeopleImportColumn.PREFERRED_TIMES), text(PeopleImportColumn.OTHER_NEEDS),
                (InvolvementStatus) get(PeopleImportColumn.STATUS));
    }

    private String text(PeopleImportColumn column) {
        Object value = get(column);
        return value == null ? "" : (String) value;
    }

    static Object valueOf(Person p, PeopleImportColumn column) {
        return switch (column) {
            case FIRST_NAME -> p.firstName();
            case LAST_NAME -> p.lastName();
            case KNOWN_AS -> p.knownAs();
            case PERSPECTIVE -> p.perspective();
            case ROLES -> p.roles();
            case OTHER_ROLE -> p.otherRole();
            case LEVELS -> p.levels();
            case EMAIL -> p.email();
            case PHONE -> p.phone();
            case ADDRESS -> p.address();
            case POSTCODE -> p.postcode();
            case PREFERRED_CONTACT -> p.preferredContact();
            case LISTED_IN_PACKS -> p.listedInPacks();
            case DATE_OF_BIRTH -> p.dateOfBirth();
            case ACCESS_NEEDS -> p.needs();
            case PREFERRED_TIMES -> p.preferredTimes();
            case OTHER_NEEDS -> p.otherNeeds();
            case STATUS -> p.status();
        };
    }

    /** The columns in which two records differ. */
    static Set<PeopleImportColumn> differences(Person before, Person after) {
        Set<PeopleImportColumn> changed = EnumSet.noneOf(PeopleImportColumn.class);
        for (PeopleImportColumn column : PeopleImportColumn.values()) {
            if (!Objects.equals(valueOf(before, column), valueOf(after, column))) {
                changed.add(column);
            }
        }
        return changed;
    }

    /** A value written as text for the import_previous_value table; null for nothing. */
    static String encode(Object value) {
        return switch (value) {
            case null -> null;
            case String text -> text.isEmpty() ? null : text;
            case Enum<?> choice -> choice.name();
            case Set<?> set -> set.stream().map(e -> ((Enum<?>) e).name()).sorted()
                    .collect(Collectors.joining(","));
            case LocalDate date -> date.toString();
            case Boolean yes -> yes.toString();
            default -> throw new IllegalArgumentException("Cannot keep " + value.getClass());
        };
    }

    /** Reads back what {@link #encode} wrote, for one column. */
    static Object decode(PeopleImportColumn column, String text) {
        return switch (column) {
            case PERSPECTIVE -> text == null ? Perspective.OTHER : Perspective.valueOf(text);
            case STATUS -> text == null ? InvolvementStatus.ACTIVE : InvolvementStatus.valueOf(text);
            case PREFERRED_CONTACT -> text == null ? null : ContactMethod.valueOf(text);
            case ROLES -> names(text, Role.class);
            case LEVELS -> names(text, InvolvementLevel.class);
            case ACCESS_NEEDS -> names(text, AccessNeed.class);
            case LISTED_IN_PACKS -> Boolean.parseBoolean(text);
            case DATE_OF_BIRTH -> text == null ? null : LocalDate.parse(text);
            default -> text == null ? "" : text;
        };
    }

    private static <E extends Enum<E>> Set<E> names(String text, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::strip).forEach(name -> set.add(Enum.valueOf(type, name)));
        }
        return set;
    }
}
