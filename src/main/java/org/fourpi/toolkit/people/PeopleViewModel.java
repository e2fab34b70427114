package org.fourpi.toolkit.people;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/** The People section: the list, or one person's record, and moving between them. */
public final class PeopleViewModel {

    private final PeopleListViewModel list;
    private final PersonEditorViewModel editor;
    private final BooleanProperty editing = new SimpleBooleanProperty();

    public PeopleViewModel(PeopleService people, EqualityService equality, TaskExecutor executor,
                           DialogService dialogs, Messages messages, Consumer<Path> openFile) {
        this.editor = new PersonEditorViewModel(people, equality, executor, dialogs, messages, openFile,
                this::showList);
        this.list = new PeopleListViewModel(people, executor, messages, this::edit, this::add);
    }

    /** Called each time the section is shown: the list is read again unless a record is open. */
    public void shown() {
        if (!editing.get()) {
            list.refresh();
        }
    }

    public void add() {
        editor.startNew();
        editing.set(true);
    }

    public void edit(long id) {
        editor.open(id);
        editing.set(true);
    }

    private void showList() {
        editing.set(false);
        list.refresh();
    }

    public boolean hasUnsavedChanges() {
        return editing.get() && editor.hasUnsavedChanges();
    }

    public PeopleListViewModel list() {
        return list;
    }

    public PersonEditorViewModel editor() {
        return editor;
    }

    /** True while one person's record is shown instead of the list. */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing;
    }
}
