package org.fourpi.toolkit.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person sees and is asked when backing up and restoring from the window. */
class BackupSettingsViewModelTest {

    @TempDir Path dataDir;
    @TempDir Path stick;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final AtomicInteger closed = new AtomicInteger();

    @Test
    void showsWhereBackupsGoTheLastOneAndHowManyAreKept() {
        try (BackupFixture fixture = new BackupFixture(dataDir)) {
            BackupSettingsViewModel model = model(fixture);
            model.load();
            assertThat(model.folderProperty().get()).isEqualTo(dataDir.resolve("backups").toAbsolutePath().toString());
            assertThat(model.lastBackupProperty().get()).isEqualTo("No backup made yet");
            assertThat(model.keepProperty().get()).isEqualTo(14);

            fixture.service().backupOnClose();
            model.keepProperty().set(30);
            model.load();

            assertThat(model.lastBackupProperty().get()).isEqualTo("Thursday 26 November 2026 at 10:00");
            assertThat(fixture.service().keep()).isEqualTo(30);
            assertThat(model.keepProperty().get()).isEqualTo(30);
            assertThat(model.statusProperty().get()).isEqualTo("The program now keeps 30 automatic backups.");
        }
    }

    @Test
    void backsUpToTheChosenFolderAndSaysWhere() throws IOException {
        try (BackupFixture fixture = new BackupFixture(dataDir)) {
            BackupSettingsViewModel model = model(fixture);
            dialogs.chooseFolder(stick);

            model.backUpNow();

            Path made = stick.resolve("4PI-backup-2026-11-26-1000.zip");
            assertThat(made).exists();
            assertThat(model.statusProperty().get()).isEqualTo("Backup saved as " + made + ".");
            assertThat(dialogs.shown()).extracting(RecordingDialogs.Shown::kind, RecordingDialogs.Shown::title)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("information", "Backup made"));
            assertThat(model.runningProperty().get()).isFalse();
        }
    }

    @Test
    void saysWhyABackupWasNotMade() throws IOException {
        Path file = stick.resolve("not-a-folder");
        Files.writeString(file, "x");
        try (BackupFixture fixture = new BackupFixture(dataDir)) {
            BackupSettingsViewModel model = model(fixture);
            dialogs.chooseFolder(file);

            model.backUpNow();

            assertThat(dialogs.shown()).extracting(RecordingDialogs.Shown::message).containsExactly(
                    "The folder cannot be written to. Choose another folder, or check that the memory stick is not locked.");
            assertThat(model.statusProperty().get()).isEqualTo("The backup was not made.");
        }
    }

    @Test
    void showsWhatABackupHoldsAndRestoresOnlyAfterAYes() {
        try (BackupFixture fixture = new BackupFixture(dataDir)) {
            Path backup = fixture.service().backupTo(stick, Progress.NONE);
            BackupSettingsViewModel model = model(fixture);
            dialogs.chooseFile(backup).answerConfirm(false);

            model.restore();

            assertThat(dialogs.shown()).hasSize(1);
            assertThat(dialogs.shown().getFirst().message()).startsWith(
                    "Backup made on 26 November 2026 at 10:00 (backup made by hand), by program version development.\n"
                            + "It holds: people 0, meetings 0, claims 0, self-assessments 0, attached files 0.")
                    .contains("Your data now holds: people 0,", "A safety copy of the data as it is now is made first.");
            assertThat(model.statusProperty().get()).isEqualTo("Nothing was restored.");
            assertThat(RestoreSwap.pending(dataDir.toAbsolutePath())).isFalse();
            assertThat(closed).hasValue(0);

            dialogs.answerConfirm(true);
            model.restore();

            assertThat(RestoreSwap.pending(dataDir.toAbsolutePath())).isTrue();
            assertThat(dialogs.shown().getLast().title()).isEqualTo("The program will close");
            assertThat(closed).hasValue(1);
        }
    }

    @Test
    void refusesAFileThatIsNotABackupAndSaysWhy() throws IOException {
        Path notes = stick.resolve("notes.zip");
        Files.writeString(notes, "not a zip");
        try (BackupFixture fixture = new BackupFixture(dataDir)) {
            BackupSettingsViewModel model = model(fixture);
            dialogs.chooseFile(notes).answerConfirm(true);

            model.restore();

            assertThat(dialogs.shown()).extracting(RecordingDialogs.Shown::kind, RecordingDialogs.Shown::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("error",
                            "This file is not a backup. A backup is a .zip file whose name starts with 4PI-backup."));
            assertThat(closed).hasValue(0);
        }
    }

    private BackupSettingsViewModel model(BackupFixture fixture) {
        return new BackupSettingsViewModel(fixture.service(), executor, dialogs, TestServices.MESSAGES,
                closed::incrementAndGet);
    }
}
