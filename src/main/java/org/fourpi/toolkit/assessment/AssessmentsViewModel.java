package org.fourpi.toolkit.assessment;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * The Assessments tab: every self-assessment, the most recent first, or one open in the wizard in
 * its place. New, continue or open, and delete (after asking).
 */
public final class AssessmentsViewModel {

    /** What the tab shows. */
    public enum Mode { LIST, WIZARD }

    /** One assessment as the list shows it, every part in words. */
    public record Row(long id, String date, String title, String scope, String status, String agreed,
                      boolean completed) {
    }

    static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    private final AssessmentService service;
    private final WizardViewModel wizard;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.LIST);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty();

    public AssessmentsViewModel(AssessmentService service, WizardViewModel wizard, TaskExecutor executor,
                                DialogService dialogs, Messages messages) {
        this.service = service;
        this.wizard = wizard;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        wizard.onClosed(() -> {
            mode.set(Mode.LIST);
            message.set("");
            refresh();
        });
    }

    /** The tab was chosen: the list is read again; an open assessment stays as it is. */
    public void shown() {
        if (mode.get() == Mode.LIST) {
            refresh();
        }
    }

    public void refresh() {
        BackgroundTask.of(progress -> rowsOf(service.list()))
                .onSuccess(found -> {
                    Row was = selected.get();
                    rows.setAll(found);
                    loaded.set(true);
                    if (was != null) {
                        found.stream().filter(r -> r.id() == was.id()).findFirst().ifPresent(selected::set);
                    }
                })
                .onFailure(error -> message.set(messages.text("assessment.list.loadFailed")))
                .executeWith(executor);
    }

    private List<Row> rowsOf(List<AssessmentSummary> all) {
        return all.stream().map(a -> new Row(a.id(), SHOWN_DATE.format(a.heldOn()), a.title(), a.scopeCode(),
                messages.text(a.status().labelKey()),
                messages.text("assessment.list.agreed", a.agreed(), a.indicators()),
                a.status() == AssessmentStatus.COMPLETED)).toList();
    }

    public void startNew() {
        message.set("");
        wizard.startNew();
        mode.set(Mode.WIZARD);
    }

    /** Opens the chosen assessment at the step it was left on. */
    public void open(Row row) {
        if (row == null) {
            message.set(messages.text("assessment.list.chooseFirst"));
            return;
        }
        message.set("");
        wizard.open(row.id());
        mode.set(Mode.WIZARD);
    }

    public void openSelected() {
        open(selected.get());
    }

    /** Deletes the chosen assessment with all its answers, after asking in plain words. */
    public void deleteSelected() {
        Row row = selected.get();
        if (row == null) {
            message.set(messages.text("assessment.list.chooseFirst"));
            return;
        }
        if (!dialogs.confirmRisky(messages.text("assessment.list.deleteTitle"),
                messages.text("assessment.list.deleteMessage", row.title(), row.date()),
                messages.text("assessment.list.deleteYes"), messages.text("assessment.wizard.keep"))) {
            return;
        }
        BackgroundTask.of(progress -> service.delete(row.id()))
                .onSuccess(deleted -> {
                    message.set(messages.text("assessment.list.deleted", row.title()));
                    selected.set(null);
                    refresh();
                })
                .onFailure(error -> message.set(messages.text("assessment.list.deleteFailed", row.title())))
                .executeWith(executor);
    }

    public WizardViewModel wizard() {
        return wizard;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }
}
