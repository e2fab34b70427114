package org.fourpi.toolkit.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.FileType;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * Backups in the window: where automatic ones go, when the last was made, how many are kept, "Back up now"
 * to a chosen folder and "Restore from backup" with a preview and a question first. All work runs in the
 * background with progress; a restore ends by closing the program, which finishes it.
 */
public final class BackupSettingsViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final BackupService backups;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Runnable closeToFinishRestore;
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty lastBackup = new SimpleStringProperty("");
    private final IntegerProperty keep = new SimpleIntegerProperty(BackupService.DEFAULT_KEEP);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty backUpText;
    private int savedKeep = BackupService.DEFAULT_KEEP;
    private BackgroundTask<Made> backingUp;

    /** @param closeToFinishRestore closes the program once a restore is ready, so that it can be finished */
    public BackupSettingsViewModel(BackupService backups, TaskExecutor executor, DialogService dialogs,
                                   Messages messages, Runnable closeToFinishRestore) {
        this.backups = backups;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.closeToFinishRestore = closeToFinishRestore;
        this.backUpText = new SimpleStringProperty(messages.text("backup.settings.backUp"));
        keep.addListener((obs, old, now) -> saveKeep(now.intValue()));
    }

    private record Shown(Path folder, Optional<LocalDateTime> last, int keep) {
    }

    /** Reads where backups go, the last one and the number kept. */
    public void load() {
        BackgroundTask.of(p -> new Shown(backups.automaticFolder(), backups.lastBackup(), backups.keep()))
                .onSuccess(shown -> {
                    folder.set(shown.folder().toString());
                    showLast(shown.last());
                    savedKeep = shown.keep();
                    keep.set(shown.keep());
                })
                .onFailure(e -> status.set(messages.text("backup.failed.status")))
                .executeWith(executor);
    }

    private void showLast(Optional<LocalDateTime> last) {
        lastBackup.set(last.map(t -> messages.text("backup.settings.last.when", WHEN.format(t)))
                .orElse(messages.text("backup.settings.last.none")));
    }

    private void saveKeep(int count) {
        if (count == savedKeep || count < BackupService.MIN_KEEP || count > BackupService.MAX_KEEP) {
            return;
        }
        savedKeep = count;
        BackgroundTask.ofAction(() -> backups.saveKeep(count))
                .onSuccess(v -> status.set(messages.text("backup.keep.saved", count)))
                .executeWith(executor);
    }

    /** Asks for a folder (a memory stick, say) and writes a checked backup there; while one runs, stops it. */
    public void backUpNow() {
        if (backingUp != null) {
            backingUp.requestCancel();
            status.set(messages.text("backup.stopping"));
            return;
        }
        if (running.get()) {
            return;
        }
        Optional<Path> target = dialogs.chooseFolder(messages.text("backup.chooseFolder"));
        if (target.isEmpty()) {
            return;
        }
        start(messages.text("backup.working"));
        backUpText.set(messages.text("backup.settings.stop"));
        backingUp = BackgroundTask.of(p -> {
                    Path made = backups.backupTo(target.get(), p);
                    return new Made(made, backups.lastBackup());
                })
                .onProgress(this::progressed)
                .onSuccess(made -> {
                    status.set(messages.text("backup.done", made.file().toString()));
                    showLast(made.last());
                    dialogs.showInformation(messages.text("backup.done.title"),
                            messages.text("backup.done.message", made.file().toString()));
                })
                .onFailure(e -> {
                    if (e instanceof CancellationException) {
                        status.set(messages.text("backup.stopped"));
                        return;
                    }
                    status.set(messages.text("backup.failed.status"));
                    dialogs.showError(messages.text("backup.failed.title"), why(e));
                })
                .onFinished(() -> {
                    backingUp = null;
                    backUpText.set(messages.text("backup.settings.backUp"));
                    stop();
                });
        backingUp.executeWith(executor);
    }

    private record Made(Path file, Optional<LocalDateTime> last) {
    }

    private record Read(BackupPreview preview, BackupCounts now) {
    }

    /** Asks for a backup file, shows what it holds beside the data now, and after a yes gets the restore ready. */
    public void restore() {
        if (running.get()) {
            return;
        }
        Optional<Path> file = dialogs.chooseFileToOpen(messages.text("backup.chooseFile"),
                new FileType(messages.text("backup.fileType"), List.of("*.zip")));
        if (file.isEmpty()) {
            return;
        }
        start(messages.text("backup.restore.reading"));
        BackgroundTask.of(p -> new Read(backups.preview(file.get()), backups.currentCounts()))
                .onSuccess(read -> {
                    stop();
                    askThenRestore(file.get(), read);
                })
                .onFailure(e -> {
                    stop();
                    status.set(messages.text("backup.restore.failed.status"));
                    dialogs.showError(messages.text("backup.restore.refused.title"), why(e));
                })
                .executeWith(executor);
    }

    private void askThenRestore(Path file, Read read) {
        String question = BackupWords.describe(read.preview(), messages) + "\n\n"
                + BackupWords.now(read.now(), messages) + "\n\n" + messages.text("backup.preview.replace");
        if (!dialogs.confirmRisky(messages.text("backup.restore.confirm.title"), question,
                messages.text("backup.restore.confirm.yes"), messages.text("backup.restore.confirm.no"))) {
            status.set(messages.text("backup.restore.cancelled"));
            return;
        }
        start(messages.text("backup.restore.preparing"));
        BackgroundTask.of(p -> backups.prepareRestore(file, p))
                .onProgress(this::progressed)
                .onSuccess(safety -> {
                    stop();
                    dialogs.showInformation(messages.text("backup.restore.ready.title"),
                            messages.text("backup.restore.ready.message", safety.toString()));
                    closeToFinishRestore.run();
                })
                .onFailure(e -> {
                    stop();
                    status.set(messages.text("backup.restore.failed.status"));
                    dialogs.showError(messages.text("backup.restore.refused.title"), why(e));
                })
                .executeWith(executor);
    }

    private String why(Throwable error) {
        return messages.text(error instanceof BackupProblem problem ? problem.messageKey()
                : new BackupProblem(BackupProblem.Reason.COPY_FAILED, error).messageKey());
    }

    private void start(String message) {
        running.set(true);
        progress.set(-1);
        status.set(message);
    }

    private void stop() {
        running.set(false);
        progress.set(0);
    }

    private void progressed(BackgroundTask.ProgressUpdate update) {
        progress.set(update.fraction());
        status.set(update.fraction() < 0 ? update.message()
                : messages.text("backup.progress", update.message(), (int) Math.floor(update.fraction() * 100)));
    }

    /** The words of the Back up now button: start a backup, or stop the one under way. */
    public ReadOnlyStringProperty backUpTextProperty() {
        return backUpText;
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder;
    }

    public ReadOnlyStringProperty lastBackupProperty() {
        return lastBackup;
    }

    /** How many automatic backups to keep; a change is saved at once. */
    public IntegerProperty keepProperty() {
        return keep;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** From 0 to 1, or -1 while how far is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** A sentence about the work under way or the last result. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
