package org.fourpi.toolkit.people;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;
import org.fourpi.toolkit.common.validation.Problem;

/**
 * A person's details and access needs, as the form holds them: validation per field, a warning
 * (not a block) for a likely duplicate, and saving.
 */
public final class PersonDetailsViewModel {

    private final PeopleService people;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<Person> saved;

    private final Map<PersonField, StringProperty> text = new EnumMap<>(PersonField.class);
    private final Map<PersonField, StringProperty> errors = new EnumMap<>(PersonField.class);
    private final ObjectProperty<LocalDate> dateOfBirth = new SimpleObjectProperty<>();
    private final BooleanProperty dateOfBirthTyped = new SimpleBooleanProperty(true);
    private final ObjectProperty<Perspective> perspective = new SimpleObjectProperty<>(Perspective.SERVICE_USER);
    private final ObjectProperty<ContactMethod> preferredContact = new SimpleObjectProperty<>();
    private final BooleanProperty listedInPacks = new SimpleBooleanProperty();
    private final Map<Role, BooleanProperty> roles = flags(Role.class);
    private final Map<InvolvementLevel, BooleanProperty> levels = flags(InvolvementLevel.class);
    private final Map<AccessNeed, BooleanProperty> needs = flags(AccessNeed.class);
    private final StringProperty duplicateWarning = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<PersonField> firstInvalidField = new SimpleObjectProperty<>();

    private Person original = Person.named("", "");
    private boolean loading;
    private boolean showErrorsAsTyped;
    private Set<Long> acknowledgedDuplicates = Set.of();

    /** @param saved called with the person as saved, so the rest of their record can follow */
    public PersonDetailsViewModel(PeopleService people, TaskExecutor executor, Messages messages,
                                  Consumer<Person> saved) {
        this.people = people;
        this.executor = executor;
        this.messages = messages;
        this.saved = saved;
        for (PersonField field : PersonField.values()) {
            if (field != PersonField.DATE_OF_BIRTH) {
                StringProperty value = new SimpleStringProperty("");
                text.put(field, value);
                value.addListener((obs, old, now) -> edited(field));
            }
            errors.put(field, new SimpleStringProperty(""));
        }
        List<ObservableValue<?>> others = new java.util.ArrayList<>(List.of(dateOfBirth, dateOfBirthTyped, perspective,
                preferredContact, listedInPacks));
        others.addAll(roles.values());
        others.addAll(levels.values());
        others.addAll(needs.values());
        others.forEach(o -> o.addListener((obs, old, now) -> edited(PersonField.DATE_OF_BIRTH)));
    }

    private static <E extends Enum<E>> Map<E, BooleanProperty> flags(Class<E> type) {
        Map<E, BooleanProperty> map = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            map.put(value, new SimpleBooleanProperty());
        }
        return map;
    }

    /** Shows a person (a new, empty one when {@code person.id()} is null). */
    public void show(Person person) {
        loading = true;
        try {
            original = person;
            text.get(PersonField.FIRST_NAME).set(person.firstName());
            text.get(PersonField.LAST_NAME).set(person.lastName());
            text.get(PersonField.KNOWN_AS).set(person.knownAs());
            text.get(PersonField.OTHER_ROLE).set(person.otherRole());
            text.get(PersonField.EMAIL).set(person.email());
            text.get(PersonField.PHONE).set(person.phone());
            text.get(PersonField.ADDRESS).set(person.address());
            text.get(PersonField.POSTCODE).set(person.postcode());
            text.get(PersonField.PREFERRED_TIMES).set(person.preferredTimes());
            text.get(PersonField.OTHER_NEEDS).set(person.otherNeeds());
            dateOfBirth.set(person.dateOfBirth());
            perspective.set(person.perspective());
            preferredContact.set(person.preferredContact());
            listedInPacks.set(person.listedInPacks());
            roles.forEach((role, flag) -> flag.set(person.roles().contains(role)));
            levels.forEach((level, flag) -> flag.set(person.levels().contains(level)));
            needs.forEach((need, flag) -> flag.set(person.needs().contains(need)));
            errors.values().forEach(e -> e.set(""));
            duplicateWarning.set("");
            status.set("");
            acknowledgedDuplicates = Set.of();
            showErrorsAsTyped = false;
            dirty.set(false);
        } finally {
            loading = false;
        }
    }

    /** The person as the form now describes them. */
    public Person current() {
        return new Person(original.id(), text(PersonField.FIRST_NAME), text(PersonField.LAST_NAME),
                text(PersonField.KNOWN_AS), perspective.get(), chosen(roles, Role.class),
                text(PersonField.OTHER_ROLE), chosen(levels, InvolvementLevel.class), text(PersonField.EMAIL),
                text(PersonField.PHONE), text(PersonField.ADDRESS), text(PersonField.POSTCODE),
                preferredContact.get(), listedInPacks.get(), dateOfBirth.get(), chosen(needs, AccessNeed.class),
                text(PersonField.PREFERRED_TIMES), text(PersonField.OTHER_NEEDS), original.status());
    }

    private String text(PersonField field) {
        return text.get(field).get();
    }

    private static <E extends Enum<E>> Set<E> chosen(Map<E, BooleanProperty> flags, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        flags.forEach((value, flag) -> {
            if (flag.get()) {
                set.add(value);
            }
        });
        return set;
    }

    /**
     * Checks every field, then looks for a likely duplicate; saves when all is well, or when the
     * person has seen the duplicate warning and asks again. Returns false when a field is wrong.
     */
    public boolean save() {
        if (busy.get()) {
            return false;
        }
        showErrorsAsTyped = true;
        Person person = current();
        if (!validate(person)) {
            long wrong = errors.values().stream().filter(e -> !e.get().isEmpty()).count();
            status.set(messages.text("people.form.status.invalid", wrong));
            return false;
        }
        busy.set(true);
        status.set(messages.text("people.form.status.saving"));
        BackgroundTask.of(progress -> {
                    List<PersonSummary> duplicates = people.likelyDuplicates(person);
                    Set<Long> ids = duplicates.stream().map(PersonSummary::id).collect(Collectors.toSet());
                    if (!duplicates.isEmpty() && !acknowledgedDuplicates.containsAll(ids)) {
                        return new SaveOutcome(null, duplicates);
                    }
                    return new SaveOutcome(people.save(person), List.of());
                })
                .onSuccess(outcome -> {
                    if (outcome.saved() == null) {
                        acknowledgedDuplicates = outcome.duplicates().stream().map(PersonSummary::id)
                                .collect(Collectors.toSet());
                        duplicateWarning.set(messages.text("people.form.duplicate", outcome.duplicates().stream()
                                .map(d -> d.displayName() + (d.email().isEmpty() ? "" : " (" + d.email() + ")"))
                                .collect(Collectors.joining(", "))));
                        status.set(messages.text("people.form.status.duplicate"));
                    } else {
                        show(outcome.saved());
                        status.set(messages.text("people.form.status.saved"));
                        saved.accept(outcome.saved());
                    }
                })
                .onFailure(error -> status.set(error instanceof InvalidPersonException
                        ? messages.text("people.form.status.invalid", 1)
                        : messages.text("people.form.status.saveFailed")))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
        return true;
    }

    private record SaveOutcome(Person saved, List<PersonSummary> duplicates) {
    }

    private boolean validate(Person person) {
        Map<PersonField, Problem> problems = withTypedDate(PersonRules.check(person, people.today()));
        PersonField first = null;
        for (PersonField field : PersonField.values()) {
            Problem problem = problems.get(field);
            errors.get(field).set(problem == null ? "" : describe(field, problem));
            if (problem != null && first == null) {
                first = field;
            }
        }
        firstInvalidField.set(null);
        firstInvalidField.set(first);
        return first == null;
    }

    /** A date of birth typed so that it cannot be read is a problem too, not silently ignored. */
    private Map<PersonField, Problem> withTypedDate(Map<PersonField, Problem> problems) {
        if (dateOfBirthTyped.get()) {
            return problems;
        }
        Map<PersonField, Problem> all = new EnumMap<>(PersonField.class);
        all.putAll(problems);
        all.put(PersonField.DATE_OF_BIRTH, Problem.NOT_A_DATE);
        return all;
    }

    private String describe(PersonField field, Problem problem) {
        return messages.text(problem.labelKey(), messages.text(field.labelKey()), field.rule().maxLength());
    }

    private void edited(PersonField field) {
        if (loading) {
            return;
        }
        dirty.set(true);
        duplicateWarning.set("");
        if (showErrorsAsTyped) {
            Map<PersonField, Problem> problems = withTypedDate(PersonRules.check(current(), people.today()));
            for (PersonField f : PersonField.values()) {
                Problem problem = problems.get(f);
                errors.get(f).set(problem == null ? "" : describe(f, problem));
            }
        }
    }

    public StringProperty textProperty(PersonField field) {
        return text.get(field);
    }

    public ReadOnlyStringProperty errorProperty(PersonField field) {
        return errors.get(field);
    }

    public ObjectProperty<LocalDate> dateOfBirthProperty() {
        return dateOfBirth;
    }

    /** False while the text typed as the date of birth is not a real day/month/year date. */
    public BooleanProperty dateOfBirthTypedProperty() {
        return dateOfBirthTyped;
    }

    public ObjectProperty<Perspective> perspectiveProperty() {
        return perspective;
    }

    public ObjectProperty<ContactMethod> preferredContactProperty() {
        return preferredContact;
    }

    public BooleanProperty listedInPacksProperty() {
        return listedInPacks;
    }

    public BooleanProperty roleProperty(Role role) {
        return roles.get(role);
    }

    public BooleanProperty levelProperty(InvolvementLevel level) {
        return levels.get(level);
    }

    public BooleanProperty needProperty(AccessNeed need) {
        return needs.get(need);
    }

    /** Names the people this one may duplicate; empty when there is no such warning. */
    public ReadOnlyStringProperty duplicateWarningProperty() {
        return duplicateWarning;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<PersonField> firstInvalidFieldProperty() {
        return firstInvalidField;
    }
}
