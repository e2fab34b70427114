package org.fourpi.toolkit.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.Perspective;

/**
 * The start step of the wizard: title, date, the levels covered, the facilitator, who is taking part
 * (from the People register or typed in) and how the group rates. Checks the answers by
 * {@link AssessmentRules} and shows each problem beside its field.
 */
public final class WizardStartViewModel {

    static final DateTimeFormatter TYPED_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);

    /** Someone on the list of who is taking part. */
    public record ParticipantRow(Long id, Long personId, String name, Perspective perspective) {
    }

    private final Messages messages;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final Map<InvolvementLevel, BooleanProperty> levels = new EnumMap<>(InvolvementLevel.class);
    private final StringProperty facilitator = new SimpleStringProperty("");
    private final ObjectProperty<AssessmentMode> mode = new SimpleObjectProperty<>(AssessmentMode.GROUP);
    private final ObservableList<ParticipantRow> participants = FXCollections.observableArrayList();
    private final ObservableList<WizardPerson> people = FXCollections.observableArrayList();
    private final ObjectProperty<WizardPerson> chosenPerson = new SimpleObjectProperty<>();
    private final StringProperty typedName = new SimpleStringProperty("");
    private final ObjectProperty<Perspective> typedPerspective = new SimpleObjectProperty<>();
    private final Map<AssessmentField, StringProperty> errors = new EnumMap<>(AssessmentField.class);

    public WizardStartViewModel(Messages messages) {
        this.messages = messages;
        for (InvolvementLevel level : InvolvementLevel.values()) {
            levels.put(level, new SimpleBooleanProperty());
        }
        for (AssessmentField field : List.of(AssessmentField.TITLE, AssessmentField.HELD_ON, AssessmentField.SCOPE,
                AssessmentField.FACILITATOR, AssessmentField.PARTICIPANTS)) {
            errors.put(field, new SimpleStringProperty(""));
        }
    }

    /** Empties the form for a new assessment held today. */
    void clear(LocalDate today) {
        title.set(messages.text("assessment.wizard.start.suggestedTitle", String.valueOf(today.getYear())));
        date.set(TYPED_DATE.format(today));
        levels.values().forEach(l -> l.set(false));
        facilitator.set("");
        mode.set(AssessmentMode.GROUP);
        participants.clear();
        clearTyping();
        clearErrors();
    }

    /** Shows a saved assessment's start. */
    void fill(Assessment assessment) {
        title.set(assessment.title());
        date.set(TYPED_DATE.format(assessment.heldOn()));
        levels.forEach((level, chosen) -> chosen.set(assessment.scope().contains(level)));
        facilitator.set(assessment.facilitator() == null ? "" : assessment.facilitator());
        mode.set(assessment.mode());
        participants.setAll(assessment.participants().stream()
                .map(p -> new ParticipantRow(p.id(), p.personId(), p.name(), p.perspective())).toList());
        clearTyping();
        clearErrors();
    }

    void setPeople(List<WizardPerson> register) {
        people.setAll(register);
    }

    /** Adds the person chosen from the register, with the perspective on their record. */
    public void addChosenPerson() {
        WizardPerson person = chosenPerson.get();
        if (person == null) {
            error(AssessmentField.PARTICIPANTS).set(messages.text("assessment.wizard.start.chooseFirst"));
            return;
        }
        if (participants.stream().anyMatch(p -> Objects.equals(p.personId(), person.id()))) {
            error(AssessmentField.PARTICIPANTS).set(messages.text("assessment.wizard.start.already", person.name()));
            return;
        }
        participants.add(new ParticipantRow(null, person.id(), person.name(), person.perspective()));
        chosenPerson.set(null);
        error(AssessmentField.PARTICIPANTS).set("");
    }

    /** Adds someone who is not in the register, by the name typed and the perspective chosen. */
    public void addTypedPerson() {
        String name = AssessmentRules.clean(typedName.get());
        if (name.isEmpty() || typedPerspective.get() == null) {
            error(AssessmentField.PARTICIPANTS).set(messages.text("assessment.wizard.start.nameAndPerspective"));
            return;
        }
        if (name.length() > AssessmentRules.MAX_NAME) {
            error(AssessmentField.PARTICIPANTS).set(messages.text(AssessmentProblem.TOO_LONG.labelKey(),
                    messages.text(AssessmentField.PARTICIPANTS.labelKey()), AssessmentRules.MAX_NAME));
            return;
        }
        if (participants.stream().anyMatch(p -> p.personId() == null && p.name().equalsIgnoreCase(name))) {
            error(AssessmentField.PARTICIPANTS).set(messages.text("assessment.wizard.start.already", name));
            return;
        }
        participants.add(new ParticipantRow(null, null, name, typedPerspective.get()));
        clearTyping();
        error(AssessmentField.PARTICIPANTS).set("");
    }

    public void remove(ParticipantRow row) {
        if (row != null) {
            participants.remove(row);
        }
    }

    /** The start as typed, when it keeps the rules; otherwise each problem shows beside its field. */
    Optional<AssessmentStart> toStart() {
        clearErrors();
        LocalDate heldOn = null;
        boolean dateUnreadable = false;
        String typed = AssessmentRules.clean(date.get());
        if (!typed.isEmpty()) {
            try {
                heldOn = LocalDate.parse(typed, TYPED_DATE);
            } catch (DateTimeParseException e) {
                dateUnreadable = true;
            }
        }
        AssessmentStart start = new AssessmentStart(AssessmentRules.clean(title.get()), heldOn, chosenLevels(),
                AssessmentRules.clean(facilitator.get()), mode.get(), participants.stream()
                .map(p -> new ParticipantInput(p.id(), p.personId(), p.name(), p.perspective())).toList());
        Map<AssessmentField, AssessmentProblem> problems = AssessmentRules.check(start);
        showProblems(problems);
        if (dateUnreadable) {
            error(AssessmentField.HELD_ON).set(messages.text("assessment.wizard.start.dateUnreadable"));
        }
        return problems.isEmpty() && !dateUnreadable ? Optional.of(start) : Optional.empty();
    }

    /** Shows the problems the service found. */
    void showProblems(Map<AssessmentField, AssessmentProblem> problems) {
        problems.forEach((field, problem) -> {
            StringProperty error = errors.get(field);
            if (error != null) {
                error.set(messages.text(problem.labelKey(), messages.text(field.labelKey()),
                        AssessmentRules.maxFor(field)));
            }
        });
    }

    /** The start of a saved assessment, to tell whether the form has changed it. */
    static AssessmentStart startOf(Assessment a) {
        return new AssessmentStart(a.title(), a.heldOn(), a.scope(), a.facilitator() == null ? "" : a.facilitator(),
                a.mode(), a.participants().stream()
                .map(p -> new ParticipantInput(p.id(), p.personId(), p.name(), p.perspective())).toList());
    }

    private Set<InvolvementLevel> chosenLevels() {
        Set<InvolvementLevel> chosen = EnumSet.noneOf(InvolvementLevel.class);
        levels.forEach((level, on) -> {
            if (on.get()) {
                chosen.add(level);
            }
        });
        return chosen;
    }

    private void clearTyping() {
        chosenPerson.set(null);
        typedName.set("");
        typedPerspective.set(null);
    }

    private void clearErrors() {
        errors.values().forEach(e -> e.set(""));
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** The date as typed, day/month/year. */
    public StringProperty dateProperty() {
        return date;
    }

    public BooleanProperty levelProperty(InvolvementLevel level) {
        return levels.get(level);
    }

    public StringProperty facilitatorProperty() {
        return facilitator;
    }

    public ObjectProperty<AssessmentMode> modeProperty() {
        return mode;
    }

    public ObservableList<ParticipantRow> participants() {
        return participants;
    }

    /** The People register, to choose from. */
    public ObservableList<WizardPerson> people() {
        return people;
    }

    public ObjectProperty<WizardPerson> chosenPersonProperty() {
        return chosenPerson;
    }

    public StringProperty typedNameProperty() {
        return typedName;
    }

    public ObjectProperty<Perspective> typedPerspectiveProperty() {
        return typedPerspective;
    }

    /** The problem with a field of the start, or empty. */
    public StringProperty error(AssessmentField field) {
        return errors.get(field);
    }

    /** How a participant is shown in the list: name and perspective. */
    public String shown(ParticipantRow row) {
        return messages.text("assessment.wizard.start.participant", row.name(),
                messages.text(row.perspective().labelKey()));
    }
}
