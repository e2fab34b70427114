package org.fourpi.toolkit.payments;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The Claims tab: the list of claims, or one claim open in its place. */
public final class ClaimsViewModel {

    /** What the tab shows. */
    public enum Mode { LIST, CLAIM }

    private final ClaimsListViewModel list;
    private final ClaimEditorViewModel editor;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.LIST);

    public ClaimsViewModel(ClaimsListViewModel list, ClaimEditorViewModel editor) {
        this.list = list;
        this.editor = editor;
        list.onOpen(id -> {
            editor.open(id);
            mode.set(Mode.CLAIM);
        }, () -> {
            editor.startNew();
            mode.set(Mode.CLAIM);
        });
        editor.onClosed(said -> {
            mode.set(Mode.LIST);
            list.refresh();
            if (!said.isEmpty()) {
                list.say(said);
            }
        });
    }

    /** The tab was chosen: the list is read again; an open claim stays as it is. */
    public void shown() {
        if (mode.get() == Mode.LIST) {
            list.refresh();
        }
    }

    public boolean hasUnsavedChanges() {
        return mode.get() == Mode.CLAIM && editor.hasUnsavedChanges();
    }

    public ClaimsListViewModel list() {
        return list;
    }

    public ClaimEditorViewModel editor() {
        return editor;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }
}
