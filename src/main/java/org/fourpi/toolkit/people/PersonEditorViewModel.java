package org.fourpi.toolkit.people;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * One person's record, tab by tab: details and needs, involvement and documents, consent, and
 * equality monitoring. Knows which person is shown and how to go back to the list.
 */
public final class PersonEditorViewModel {

    private final PeopleService people;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Runnable backToList;
    private final PersonDetailsViewModel details;
    private final PersonRecordViewModel record;
    private final PersonEqualityViewModel equality;
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanProperty saved = new SimpleBooleanProperty();
    private final List<Consumer<Long>> personShown = new ArrayList<>();
    private final List<BooleanSupplier> unsavedChecks = new ArrayList<>();

    public PersonEditorViewModel(PeopleService people, EqualityService equalityService, TaskExecutor executor,
                                 DialogService dialogs, Messages messages, java.util.function.Consumer<java.nio.file.Path> openFile,
                                 Runnable backToList) {
        this.people = people;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.backToList = backToList;
        this.details = new PersonDetailsViewModel(people, executor, messages, this::savedAs);
        this.record = new PersonRecordViewModel(people, equalityService, executor, dialogs, messages, openFile);
        this.equality = new PersonEqualityViewModel(equalityService, executor, dialogs, messages);
    }

    /** Starts a new, empty record. */
    public void startNew() {
        details.show(Person.named("", "").withStatus(InvolvementStatus.ACTIVE));
        record.show(null);
        equality.show(null);
        saved.set(false);
        personShown.forEach(listener -> listener.accept(null));
        title.set(messages.text("people.editor.title.new"));
    }

    /** Shows a saved person's record. */
    public void open(long id) {
        BackgroundTask.of(progress -> people.find(id))
                .onSuccess(found -> found.ifPresent(d -> {
                    details.show(d.person());
                    savedAs(d.person());
                }))
                .executeWith(executor);
    }

    private void savedAs(Person person) {
        title.set(person.displayName());
        saved.set(true);
        record.show(person.id());
        equality.show(person.id());
        personShown.forEach(listener -> listener.accept(person.id()));
    }

    /**
     * Lets another feature show its own part of the record without this package knowing it: the
     * listener gets the person's id whenever a saved person's record is shown, and null for a new person.
     */
    public void onPersonShown(Consumer<Long> listener) {
        personShown.add(listener);
    }

    /** Adds another part of the record to the check for changes not yet saved. */
    public void addUnsavedChangesCheck(BooleanSupplier check) {
        unsavedChecks.add(check);
    }

    /** Goes back to the list, after asking when there are changes not yet saved. */
    public void back() {
        if (hasUnsavedChanges() && !dialogs.confirm(messages.text("people.editor.unsaved.title"),
                messages.text("people.editor.unsaved.message"), messages.text("people.editor.unsaved.leave"),
                messages.text("people.editor.unsaved.stay"))) {
            return;
        }
        backToList.run();
    }

    public boolean hasUnsavedChanges() {
        return details.dirtyProperty().get() || equality.dirtyProperty().get()
                || unsavedChecks.stream().anyMatch(BooleanSupplier::getAsBoolean);
    }

    public PersonDetailsViewModel details() {
        return details;
    }

    public PersonRecordViewModel record() {
        return record;
    }

    public PersonEqualityViewModel equality() {
        return equality;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** False for a new person until first saved: the other tabs need a saved record. */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved;
    }
}
