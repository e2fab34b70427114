package org.fourpi.toolkit.people;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.FileType;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * Bringing people in from a spreadsheet: choose a file, check which column goes where, see what
 * every row would do and every problem with its row and column, then import in one go or not at
 * all. The last import can be undone.
 */
public final class PeopleImportViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d/M/yyyy 'at' HH:mm");

    /** One column of the file and the part of a record it fills (none when it is left out). */
    public static final class ColumnChoice {
        private final int index;
        private final String heading;
        private final String example;
        private final ObjectProperty<PeopleImportColumn> target = new SimpleObjectProperty<>();

        ColumnChoice(int index, String heading, String example, PeopleImportColumn target) {
            this.index = index;
            this.heading = heading;
            this.example = example;
            this.target.set(target);
        }

        public String heading() {
            return heading;
        }

        public String example() {
            return example;
        }

        public ObjectProperty<PeopleImportColumn> targetProperty() {
            return target;
        }
    }

    /** One row of the preview, as the table shows it. */
    public record PreviewRow(int number, String outcome, String name, String details) {
    }

    private final PeopleImportService imports;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Runnable backToList;

    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<PreviewRow> previewRows = FXCollections.observableArrayList();
    private final StringProperty fileName = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty problems = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty lastImport = new SimpleStringProperty("");
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty skipRowsInError = new SimpleBooleanProperty();
    private final BooleanProperty canImport = new SimpleBooleanProperty();
    private final BooleanProperty hasFile = new SimpleBooleanProperty();
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");

    private PeopleImportSheet sheet;
    private PeopleImportPreview preview;
    private BackgroundTask<?> running;
    private int tasksUnderWay;
    private int previewVersion;
    private boolean filling;

    public PeopleImportViewModel(PeopleImportService imports, TaskExecutor executor, DialogService dialogs,
                                 Messages messages, Runnable backToList) {
        this.imports = imports;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.backToList = backToList;
        skipRowsInError.addListener((obs, old, now) -> updateCanImport());
    }

    /** Starts afresh: no file yet, and what the last import was. */
    public void start() {
        sheet = null;
        preview = null;
        columns.clear();
        previewRows.clear();
        fileName.set("");
        summary.set("");
        problems.set("");
        message.set("");
        skipRowsInError.set(false);
        hasFile.set(false);
        updateCanImport();
        refreshLastImport();
    }

    /** Asks for a spreadsheet and reads it in the background. */
    public void chooseFile() {
        if (working.get()) {
            return;
        }
        Optional<Path> file = dialogs.chooseFileToOpen(messages.text("import.ui.choose.title"),
                new FileType(messages.text("import.ui.choose.fileType"), List.of("*.xlsx", "*.csv")));
        file.ifPresent(this::read);
    }

    void read(Path file) {
        start();
        run(BackgroundTask.of(p -> imports.read(file, p))
                .onSuccess(read -> {
                    sheet = read;
                    fileName.set(messages.text("import.ui.file", read.fileName(), read.rows().size()));
                    hasFile.set(true);
                    showColumns(read);
                    if (read.mappingRemembered()) {
                        message.set(messages.text("import.ui.mappingRemembered"));
                    }
                    previewNow();
                })
                .onFailure(error -> {
                    if (!(error instanceof java.util.concurrent.CancellationException)) {
                        dialogs.showError(messages.text("import.ui.refused.title"),
                                error instanceof SpreadsheetRefusedException ? error.getMessage()
                                        : messages.text("import.ui.unreadable", String.valueOf(file.getFileName())));
                    }
                }));
    }

    private void showColumns(PeopleImportSheet read) {
        filling = true;
        try {
            columns.clear();
            for (int i = 0; i < read.headers().size(); i++) {
                String example = read.rows().isEmpty() ? "" : read.rows().getFirst().cell(i);
                String heading = PeopleImportSheet.columnLetter(i) + ": " + read.header(i);
                ColumnChoice choice = new ColumnChoice(i, heading, example,
                        read.suggestedMapping().columnAt(i).orElse(null));
                choice.targetProperty().addListener((obs, old, now) -> {
                    if (!filling) {
                        previewNow();
                    }
                });
                columns.add(choice);
            }
        } finally {
            filling = false;
        }
    }

    /** The choices of which column goes where, as the service takes them. */
    PeopleImportMapping mapping() {
        PeopleImportMapping mapping = PeopleImportMapping.empty();
        for (ColumnChoice choice : columns) {
            if (choice.targetProperty().get() != null) {
                mapping = mapping.with(choice.index, choice.targetProperty().get());
            }
        }
        return mapping;
    }

    private void previewNow() {
        if (sheet == null) {
            return;
        }
        PeopleImportSheet current = sheet;
        PeopleImportMapping mapping = mapping();
        int version = ++previewVersion;
        canImport.set(false); // until the preview of the columns as now chosen is shown
        run(BackgroundTask.of(p -> imports.preview(current, mapping, p)).onSuccess(result -> {
            if (version == previewVersion) {
                showPreview(result);
            }
        }));
    }

    private void showPreview(PeopleImportPreview result) {
        preview = result;
        previewRows.setAll(result.rows().stream().map(this::previewRow).toList());
        summary.set(messages.text("import.ui.summary", result.count(PeopleImportPreview.Outcome.NEW),
                result.count(PeopleImportPreview.Outcome.UPDATE), result.count(PeopleImportPreview.Outcome.DUPLICATE),
                result.count(PeopleImportPreview.Outcome.ERROR)));
        List<String> lines = new java.util.ArrayList<>(result.mappingProblems());
        result.problems().forEach(problem -> lines.add(problem.message()));
        problems.set(String.join("\n", lines));
        updateCanImport();
    }

    private PreviewRow previewRow(PeopleImportPreview.Row row) {
        String name = row.person() == null ? "" : row.person().displayName();
        String details = row.outcome() == PeopleImportPreview.Outcome.ERROR
                ? row.problems().stream().map(PeopleImportPreview.Problem::message).collect(Collectors.joining(" "))
                : row.note();
        return new PreviewRow(row.number(), messages.text(row.outcome().labelKey()), name, details);
    }

    private void updateCanImport() {
        boolean something = preview != null && preview.rows().stream().anyMatch(r ->
                r.outcome() == PeopleImportPreview.Outcome.NEW || r.outcome() == PeopleImportPreview.Outcome.UPDATE);
        boolean mappingOk = preview != null && preview.mappingProblems().isEmpty();
        boolean rowsOk = preview != null && (preview.count(PeopleImportPreview.Outcome.ERROR) == 0
                || skipRowsInError.get());
        canImport.set(something && mappingOk && rowsOk);
    }

    /** Saves every new and changed person in one go; nothing is saved if anything goes wrong. */
    public void importNow() {
        if (!canImport.get() || working.get()) {
            return;
        }
        PeopleImportPreview current = preview;
        boolean skip = skipRowsInError.get();
        run(BackgroundTask.of(p -> imports.commit(current, skip, p))
                .onSuccess(result -> {
                    message.set(messages.text("import.ui.done", result.created(), result.updated(),
                            result.skippedDuplicates(), result.skippedErrors()));
                    sheet = null;
                    preview = null;
                    canImport.set(false);
                    refreshLastImport();
                })
                .onFailure(error -> {
                    if (error instanceof java.util.concurrent.CancellationException) {
                        message.set(messages.text("import.ui.cancelled"));
                    } else if (error instanceof IllegalStateException) {
                        // The register changed since the preview: the service says how, in plain words.
                        message.set(error.getMessage());
                        previewNow();
                    } else {
                        message.set(messages.text("import.ui.failed"));
                    }
                }));
    }

    /** Undoes the last import after asking. */
    public void undoLastImport() {
        if (working.get() || !canUndo.get()) {
            return;
        }
        // First find out what undoing would do, so the question can say so.
        run(BackgroundTask.of(p -> imports.previewUndo()).onSuccess(plan -> {
            if (plan.isEmpty()) {
                message.set(messages.text("import.ui.nothingToUndo"));
                refreshLastImport();
                return;
            }
            String question = messages.text("import.ui.undo.message");
            if (plan.get().valuesChangedSince() > 0) {
                question += " " + messages.text("import.ui.undo.changedSince", plan.get().valuesChangedSince());
            }
            if (dialogs.confirm(messages.text("import.ui.undo.title"), question,
                    messages.text("import.ui.undo.confirm"), messages.text("people.record.cancel"))) {
                undoNow();
            }
        }));
    }

    private void undoNow() {
        run(BackgroundTask.of(p -> imports.undo())
                .onSuccess(undone -> {
                    message.set(undone.map(u -> {
                        String done = messages.text("import.ui.undone", u.batch().fileName(), u.peopleRemoved(),
                                u.valuesPutBack());
                        return u.valuesChangedSince() == 0 ? done
                                : done + " " + messages.text("import.ui.undone.changedSince", u.valuesChangedSince());
                    }).orElse(messages.text("import.ui.nothingToUndo")));
                    refreshLastImport();
                }));
    }

    private void refreshLastImport() {
        BackgroundTask.of(p -> imports.lastImport())
                .onSuccess(last -> {
                    canUndo.set(last.isPresent());
                    lastImport.set(last.map(b -> messages.text("import.ui.last", b.fileName(),
                            WHEN.format(b.importedAt()), b.created(), b.updated()))
                            .orElse(messages.text("import.ui.noLast")));
                })
                .executeWith(executor);
    }

    /** Asks the work in progress to stop at its next row; nothing it did is saved. */
    public void cancel() {
        if (running != null) {
            running.requestCancel();
        }
    }

    public void back() {
        if (working.get()) {
            return;
        }
        backToList.run();
    }

    /** Runs a step in the background; Stop applies to the latest step, and the screen is busy until all are done. */
    private <T> void run(BackgroundTask<T> task) {
        tasksUnderWay++;
        working.set(true);
        progress.set(-1);
        progressText.set("");
        running = task;
        task.onProgress(update -> {
                    progress.set(update.fraction());
                    progressText.set(update.message());
                })
                .onFinished(() -> {
                    tasksUnderWay--;
                    if (running == task) {
                        running = null;
                    }
                    working.set(tasksUnderWay > 0);
                })
                .executeWith(executor);
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    public List<PeopleImportColumn> targets() {
        return List.of(PeopleImportColumn.values());
    }

    public ObservableList<PreviewRow> previewRows() {
        return previewRows;
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName;
    }

    /** "12 to add, 3 to update, 1 repeated, 2 with problems". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** Every problem, one per line, each naming its row and column. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty lastImportProperty() {
        return lastImport;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty skipRowsInErrorProperty() {
        return skipRowsInError;
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport;
    }

    public ReadOnlyBooleanProperty hasFileProperty() {
        return hasFile;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }

    /** From 0 to 1, or -1 while the amount of work is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText;
    }
}
