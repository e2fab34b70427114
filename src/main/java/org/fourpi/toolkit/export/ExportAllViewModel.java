package org.fourpi.toolkit.export;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.FileType;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * "Export all data": asks where to save and whether to include equality monitoring answers (left out
 * unless the person says so), then writes every register to one workbook in the background, saying
 * how far it has got. Asked again while it runs, it stops the export, leaving no file behind.
 */
public final class ExportAllViewModel {

    private final ExportAllService export;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty commandText;
    private BackgroundTask<List<String>> task;

    public ExportAllViewModel(ExportAllService export, TaskExecutor executor, DialogService dialogs,
                              Messages messages, Clock clock) {
        this.export = export;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.commandText = new SimpleStringProperty(messages.text("exportAll.menu"));
        running.addListener((obs, was, is) ->
                commandText.set(messages.text(is ? "exportAll.menu.stop" : "exportAll.menu")));
    }

    /** Starts an export after asking where and what; while one runs, asks it to stop instead. */
    public void exportAll() {
        if (running.get()) {
            task.requestCancel();
            status.set(messages.text("exportAll.stopping"));
            return;
        }
        Optional<Path> file = dialogs.chooseFileToSave(messages.text("exportAll.choose"),
                new FileType(messages.text("exportAll.fileType"), List.of("*.xlsx")),
                messages.text("exportAll.fileName", LocalDate.now(clock).toString()));
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? file.get() : file.get().resolveSibling(file.get().getFileName() + ".xlsx");
        boolean withEquality = dialogs.confirmRisky(messages.text("exportAll.equality.title"),
                messages.text("exportAll.equality.message"), messages.text("exportAll.equality.include"),
                messages.text("exportAll.equality.leaveOut"));
        running.set(true);
        status.set(messages.text("exportAll.working"));
        task = BackgroundTask.of(progress -> export.export(target, withEquality, progress))
                .onProgress(update -> status.set(update.fraction() < 0 ? update.message()
                        : messages.text("exportAll.progress", update.message(),
                                (int) Math.floor(update.fraction() * 100))))
                .onSuccess(sheets -> {
                    status.set(messages.text("exportAll.done", target.toString()));
                    dialogs.showInformation(messages.text("exportAll.done.title"),
                            messages.text(withEquality ? "exportAll.done.withEquality" : "exportAll.done.message",
                                    target.toString(), String.join(", ", sheets)));
                })
                .onFailure(this::failed)
                .onFinished(() -> running.set(false))
                .executeWith(executor);
    }

    private void failed(Throwable error) {
        if (error instanceof CancellationException) {
            status.set(messages.text("exportAll.stopped"));
            return;
        }
        status.set(messages.text("exportAll.failed.status"));
        dialogs.showError(messages.text("exportAll.failed.title"), messages.text(
                error instanceof UncheckedIOException ? "exportAll.failed.file" : "exportAll.failed.other"));
    }

    /** True while an export is being written. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** A sentence about the export under way or the last one, for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The menu command's words: start an export, or stop the one under way. */
    public ReadOnlyStringProperty commandTextProperty() {
        return commandText;
    }
}
