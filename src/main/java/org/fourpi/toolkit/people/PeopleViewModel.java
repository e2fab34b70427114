package org.fourpi.toolkit.people;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/** The register in the People section: the list, one person's record, or the spreadsheet import. */
public final class PeopleViewModel {

    /** What the register shows. */
    public enum Mode { LIST, RECORD, IMPORT }

    private final PeopleListViewModel list;
    private final PersonEditorViewModel editor;
    private final PeopleImportViewModel importing;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.LIST);

    public PeopleViewModel(PeopleService people, EqualityService equality, PeopleImportService imports,
                           PeopleExportService export, TaskExecutor executor, DialogService dialogs,
                           Messages messages, Consumer<Path> openFile) {
        this.editor = new PersonEditorViewModel(people, equality, executor, dialogs, messages, openFile,
                this::showList);
        this.list = new PeopleListViewModel(people, export, executor, dialogs, messages, this::edit, this::add);
        this.importing = new PeopleImportViewModel(imports, executor, dialogs, messages, this::showList);
    }

    /** Called each time the section is shown: the list is read again when it is what shows. */
    public void shown() {
        if (mode.get() == Mode.LIST) {
            list.refresh();
        }
    }

    public void add() {
        editor.startNew();
        mode.set(Mode.RECORD);
    }

    public void edit(long id) {
        editor.open(id);
        mode.set(Mode.RECORD);
    }

    public void startImport() {
        importing.start();
        mode.set(Mode.IMPORT);
    }

    private void showList() {
        mode.set(Mode.LIST);
        list.refresh();
    }

    public boolean hasUnsavedChanges() {
        return mode.get() == Mode.RECORD && editor.hasUnsavedChanges();
    }

    public PeopleListViewModel list() {
        return list;
    }

    public PersonEditorViewModel editor() {
        return editor;
    }

    public PeopleImportViewModel importing() {
        return importing;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }
}
