package org.fourpi.toolkit.glossary;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * The glossary on the Settings page: the terms with a search, a form to add or change one, and a
 * place to paste text and see the abbreviations it leaves unexplained.
 */
public final class GlossaryViewModel {

    private final GlossaryService glossary;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObservableList<GlossaryTerm> terms = FXCollections.observableArrayList();
    private final FilteredList<GlossaryTerm> shown = new FilteredList<>(terms);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<GlossaryTerm> editing = new SimpleObjectProperty<>();
    private final Map<GlossaryField, StringProperty> values = new EnumMap<>(GlossaryField.class);
    private final Map<GlossaryField, StringProperty> errors = new EnumMap<>(GlossaryField.class);
    private final ObjectProperty<GlossaryField> firstInvalidField = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringBinding formTitle;
    private final StringBinding shownText;

    private final StringProperty checkText = new SimpleStringProperty("");
    private final ObservableList<UnexplainedTerm> unexplained = FXCollections.observableArrayList();
    private final StringProperty checkStatus = new SimpleStringProperty("");

    public GlossaryViewModel(GlossaryService glossary, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.glossary = glossary;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        for (GlossaryField field : GlossaryField.values()) {
            values.put(field, new SimpleStringProperty(""));
            errors.put(field, new SimpleStringProperty(""));
        }
        search.addListener((obs, was, is) -> shown.setPredicate(term -> matches(term, is)));
        formTitle = Bindings.createStringBinding(() -> editing.get() == null ? messages.text("glossary.form.new")
                : messages.text("glossary.form.edit", editing.get().term()), editing);
        shownText = Bindings.createStringBinding(() -> messages.text("glossary.shown", shown.size(), terms.size()),
                shown, terms);
    }

    /** The terms that match the search, in alphabetical order. */
    public ObservableList<GlossaryTerm> shownTerms() {
        return shown;
    }

    /** Words to look for in the terms and their explanations; empty shows every term. */
    public StringProperty searchProperty() {
        return search;
    }

    /** "3 terms shown of 12." */
    public ObservableStringValue shownTextProperty() {
        return shownText;
    }

    public StringProperty value(GlossaryField field) {
        return values.get(field);
    }

    public ReadOnlyStringProperty error(GlossaryField field) {
        return errors.get(field);
    }

    /** The entry the form is changing, or null for a new term. */
    public ReadOnlyObjectProperty<GlossaryTerm> editingProperty() {
        return editing;
    }

    /** "A new term" or "Changing the term CMHT". */
    public ObservableStringValue formTitleProperty() {
        return formTitle;
    }

    /** The first field with a problem after an attempt to save, so the view can move focus to it. */
    public ReadOnlyObjectProperty<GlossaryField> firstInvalidFieldProperty() {
        return firstInvalidField;
    }

    /** A sentence about the last term saved, removed or refused. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty checkTextProperty() {
        return checkText;
    }

    /** The abbreviations the last check found with no explanation. */
    public ObservableList<UnexplainedTerm> unexplained() {
        return unexplained;
    }

    /** A sentence about the last check. */
    public ReadOnlyStringProperty checkStatusProperty() {
        return checkStatus;
    }

    /** Reads the glossary in the background. */
    public void load() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        BackgroundTask.of(progress -> glossary.list())
                .onSuccess(terms::setAll)
                .onFailure(error -> status.set(messages.text("glossary.status.loadFailed")))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Empties the form for a new term. */
    public void newTerm() {
        editing.set(null);
        fill("", "");
    }

    /** Fills the form with a term to change it. */
    public void edit(GlossaryTerm term) {
        if (term == null) {
            return;
        }
        editing.set(term);
        fill(term.term(), term.explanation());
    }

    /** Checks the form and saves the term in the background. Returns false when a field is wrong. */
    public boolean save() {
        if (busy.get()) {
            return false;
        }
        String term = values.get(GlossaryField.TERM).get();
        String explanation = values.get(GlossaryField.EXPLANATION).get();
        Map<GlossaryField, GlossaryProblem> problems = new EnumMap<>(GlossaryRules.check(term, explanation));
        GlossaryTerm changing = editing.get();
        String key = GlossaryRules.key(term);
        if (!problems.containsKey(GlossaryField.TERM) && terms.stream()
                .anyMatch(t -> GlossaryRules.key(t.term()).equals(key) && (changing == null || t.id() != changing.id()))) {
            problems.put(GlossaryField.TERM, GlossaryProblem.ALREADY_THERE);
        }
        if (!showProblems(problems)) {
            return false;
        }
        busy.set(true);
        status.set(messages.text("glossary.status.saving"));
        BackgroundTask.of(progress -> {
                    GlossaryTerm saved = changing == null ? glossary.add(term, explanation)
                            : glossary.edit(changing.id(), term, explanation);
                    return new Saved(saved, glossary.list());
                })
                .onSuccess(saved -> {
                    terms.setAll(saved.terms());
                    editing.set(null);
                    fill("", "");
                    status.set(messages.text(changing == null ? "glossary.status.added" : "glossary.status.changed",
                            saved.term().term()));
                })
                .onFailure(error -> {
                    if (error instanceof InvalidTermException invalid) {
                        showProblems(invalid.problems());
                    } else {
                        status.set(messages.text("glossary.status.saveFailed"));
                    }
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
        return true;
    }

    /** Asks, then removes a term in the background. */
    public void remove(GlossaryTerm term) {
        if (term == null || busy.get()) {
            return;
        }
        if (!dialogs.confirm(messages.text("glossary.remove.title"), messages.text("glossary.remove.message", term.term()),
                messages.text("glossary.remove.confirm"), messages.text("glossary.remove.cancel"))) {
            return;
        }
        busy.set(true);
        BackgroundTask.of(progress -> {
                    glossary.remove(term.id());
                    return glossary.list();
                })
                .onSuccess(list -> {
                    terms.setAll(list);
                    if (editing.get() != null && editing.get().id() == term.id()) {
                        newTerm();
                    }
                    status.set(messages.text("glossary.status.removed", term.term()));
                })
                .onFailure(error -> status.set(messages.text("glossary.status.removeFailed")))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Lists the abbreviations in the pasted text that the glossary and the text leave unexplained. */
    public void check() {
        String text = checkText.get();
        if (text == null || text.isBlank()) {
            unexplained.clear();
            checkStatus.set(messages.text("glossary.check.empty"));
            return;
        }
        List<UnexplainedTerm> found = JargonChecker.check(messages.text("glossary.check.where"), text, List.copyOf(terms))
                .unexplained();
        unexplained.setAll(found);
        checkStatus.set(found.isEmpty() ? messages.text("glossary.check.none")
                : messages.text("glossary.check.found", found.size()));
    }

    /** Starts a new term in the form with the abbreviation filled in, for its explanation to be written. */
    public void addToGlossary(UnexplainedTerm found) {
        if (found == null) {
            return;
        }
        editing.set(null);
        fill(found.term(), "");
        status.set(messages.text("glossary.status.prefilled", found.term()));
    }

    /** "CMHT: 3 times". */
    public String unexplainedText(UnexplainedTerm found) {
        return messages.text("glossary.check.result", found.term(), found.times());
    }

    private void fill(String term, String explanation) {
        values.get(GlossaryField.TERM).set(term);
        values.get(GlossaryField.EXPLANATION).set(explanation);
        errors.values().forEach(error -> error.set(""));
        firstInvalidField.set(null);
    }

    /** Shows each field's problem; returns true when there are none. */
    private boolean showProblems(Map<GlossaryField, GlossaryProblem> problems) {
        GlossaryField first = null;
        for (GlossaryField field : GlossaryField.values()) {
            GlossaryProblem problem = problems.get(field);
            errors.get(field).set(problem == null ? ""
                    : messages.text(problem.labelKey(), messages.text(field.labelKey()), GlossaryRules.maxFor(field)));
            if (problem != null && first == null) {
                first = field;
            }
        }
        firstInvalidField.set(null);
        firstInvalidField.set(first);
        if (first != null) {
            status.set(messages.text("glossary.status.invalid"));
        }
        return first == null;
    }

    private static boolean matches(GlossaryTerm term, String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String wanted = search.strip().toLowerCase(Locale.ROOT);
        return term.term().toLowerCase(Locale.ROOT).contains(wanted)
                || term.explanation().toLowerCase(Locale.ROOT).contains(wanted);
    }

    private record Saved(GlossaryTerm term, List<GlossaryTerm> terms) {
    }
}
