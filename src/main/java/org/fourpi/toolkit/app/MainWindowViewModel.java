package org.fourpi.toolkit.app;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.Messages;

/**
 * The main window: which section is shown, the status bar, and what happens when a section opens
 * or the window is about to close.
 */
public final class MainWindowViewModel {

    private final Messages messages;
    private final DialogService dialogs;
    private final ObservableList<Section> sections = FXCollections.observableArrayList(Section.values());
    private final ObjectProperty<Section> selected = new SimpleObjectProperty<>(Section.HOME);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty dataFolder = new SimpleStringProperty("");
    private final Map<Section, Runnable> onShow = new EnumMap<>(Section.class);
    private final List<BooleanSupplier> unsavedChanges = new ArrayList<>();

    public MainWindowViewModel(Messages messages, DialogService dialogs, String dataFolderPath) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.dataFolder.set(messages.text("status.dataFolder", dataFolderPath));
        this.status.set(messages.text("status.ready"));
        selected.addListener((obs, old, now) -> {
            if (now == null) {
                selected.set(old);
                return;
            }
            status.set(messages.text("status.showing", messages.text(now.nameKey())));
            onShow.getOrDefault(now, () -> { }).run();
        });
    }

    /** Work to do each time a section is shown, such as reading its data again. */
    public void whenShown(Section section, Runnable action) {
        onShow.put(section, action);
    }

    /** A check for changes not yet saved, asked before the window closes. */
    public void addUnsavedChangesCheck(BooleanSupplier check) {
        unsavedChanges.add(check);
    }

    /** Called once the window is on screen: runs the work of the first section. */
    public void start() {
        onShow.getOrDefault(selected.get(), () -> { }).run();
    }

    public void show(Section section) {
        selected.set(section);
    }

    /** True when the window may close: nothing is unsaved, or the person chose to leave it. */
    public boolean confirmClose() {
        boolean unsaved = unsavedChanges.stream().anyMatch(BooleanSupplier::getAsBoolean);
        return !unsaved || dialogs.confirm(messages.text("close.unsaved.title"),
                messages.text("close.unsaved.message"), messages.text("close.unsaved.leave"),
                messages.text("close.unsaved.stay"));
    }

    /** Shows in the status bar each new sentence of other work, such as an export under way. */
    public void showStatusOf(ObservableValue<String> source) {
        source.addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty()) {
                status.set(now);
            }
        });
    }

    public ObservableList<Section> sections() {
        return sections;
    }

    public ObjectProperty<Section> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty dataFolderProperty() {
        return dataFolder;
    }

    public String sectionName(Section section) {
        return messages.text(section.nameKey());
    }
}
