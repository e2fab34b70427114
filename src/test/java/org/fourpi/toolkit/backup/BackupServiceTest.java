package org.fourpi.toolkit.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups are complete, checked and named as promised; restore gives back exactly what was backed up. */
class BackupServiceTest {

    @TempDir Path dataDir;
    @TempDir Path stick;

    @Test
    void backupThenRestoreGivesBackEveryRecordAndAttachment() throws IOException {
        Path document = stick.resolve("role.txt");
        Files.writeString(document, "Role description for the panel");
        Files.writeString(dataDir.resolve("settings.txt"), "kept beside the data");
        Files.writeString(dataDir.resolve(".key-check"), "a hidden file beside the data");
        Path backup;
        BackupCounts before;
        long personWithDocument;
        try (TestServices test = TestServices.open(dataDir)) {
            test.services().exampleData().fill();
            personWithDocument = test.services().people().all().getFirst().id();
            test.services().people().addDocument(personWithDocument, document, "Role");
            before = test.services().backups().currentCounts();
            backup = test.services().backups().backupTo(stick, Progress.NONE);

            assertThat(backup.getFileName().toString()).isEqualTo("4PI-backup-2026-11-26-1000.zip");
            // Changes after the backup, which the restore must undo.
            test.services().people().save(Person.named("Added", "Later"));
            Files.delete(test.services().people().documentFile(
                    test.services().people().find(personWithDocument).orElseThrow().documents().getFirst().id())
                    .orElseThrow());
            Files.writeString(dataDir.resolve("settings.txt"), "changed later");
            Files.delete(dataDir.resolve(".key-check"));

            assertThat(test.services().backups().currentCounts().people()).isEqualTo(before.people() + 1);
            BackupPreview preview = test.services().backups().preview(backup);
            assertThat(preview.counts()).isEqualTo(before);
            assertThat(preview.madeAt()).isEqualTo(LocalDateTime.of(2026, 11, 26, 10, 0));
            assertThat(preview.kind()).isEqualTo(BackupKind.MANUAL);

            Path safety = test.services().backups().prepareRestore(backup, Progress.NONE);
            assertThat(safety.getParent()).isEqualTo(dataDir.resolve("backups").toAbsolutePath());
            assertThat(safety.getFileName().toString()).startsWith("4PI-before-restore-2026-11-26-1000");
            assertThat(RestoreSwap.pending(dataDir.toAbsolutePath())).isTrue();
        }
        assertThat(RestoreSwap.finish(dataDir.toAbsolutePath())).isEqualTo(RestoreSwap.Outcome.FINISHED);

        try (TestServices test = TestServices.open(dataDir)) {
            assertThat(test.services().backups().currentCounts()).isEqualTo(before);
            var details = test.services().people().find(personWithDocument).orElseThrow();
            assertThat(test.services().people().all()).extracting(Person::firstName).doesNotContain("Added");
            Path restored = test.services().people().documentFile(details.documents().getFirst().id()).orElseThrow();
            assertThat(Files.readString(restored)).isEqualTo("Role description for the panel");
        }
        assertThat(Files.readString(dataDir.resolve("settings.txt"))).isEqualTo("kept beside the data");
        assertThat(Files.readString(dataDir.resolve(".key-check"))).isEqualTo("a hidden file beside the data");
        assertThat(dataDir.resolve(DataFolderLayout.STAGING)).doesNotExist();
        assertThat(dataDir.resolve(DataFolderLayout.SET_ASIDE)).doesNotExist();
    }

    @Test
    void aCopyThatDoesNotReadBackIsNeverKept() throws IOException {
        Files.createDirectories(dataDir.resolve("attachments"));
        Files.write(dataDir.resolve("attachments").resolve("receipt.pdf"), new byte[200_000]);
        try (BackupFixture fixture = new BackupFixture(dataDir)) {
            BackupService damaging = fixture.service(TestServices.CLOCK, BackupServiceTest::damage);

            assertThatThrownBy(() -> damaging.backupTo(stick, Progress.NONE))
                    .isInstanceOfSatisfying(BackupProblem.class,
                            p -> assertThat(p.reason()).isEqualTo(BackupProblem.Reason.VERIFY_FAILED));
            assertThat(filesIn(stick)).isEmpty();
            assertThat(filesIn(dataDir.resolve(DataFolderLayout.WORK))).isEmpty();

            assertThat(fixture.service().backupTo(stick, Progress.NONE)).exists();
        }
    }

    @Test
    void stopsWhenAskedAndLeavesNoFile() {
        try (BackupFixture fixture = new BackupFixture(dataDir)) {
            Progress stopAtOnce = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                }

                @Override
                public boolean isCancelRequested() {
                    return true;
                }
            };

            assertThatThrownBy(() -> fixture.service().backupTo(stick, stopAtOnce))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
            assertThat(stick).isEmptyDirectory();
        }
    }

    @Test
    void saysWhenTheFolderCannotBeWritten() throws IOException {
        Path notAFolder = stick.resolve("file.txt");
        Files.writeString(notAFolder, "x");
        try (BackupFixture fixture = new BackupFixture(dataDir)) {
            assertThatThrownBy(() -> fixture.service().backupTo(notAFolder, Progress.NONE))
                    .isInstanceOfSatisfying(BackupProblem.class,
                            p -> assertThat(p.reason()).isEqualTo(BackupProblem.Reason.FOLDER_NOT_WRITABLE));
        }
    }

    @Test
    void keepsOnlyTheNewestAutomaticBackupsAndNeverOnesMadeByHand() throws IOException {
        try (BackupFixture fixture = new BackupFixture(dataDir)) {
            BackupService backups = fixture.service();
            Path automatic = backups.backupOnClose();
            Path manual = backups.backupTo(backups.automaticFolder(), Progress.NONE);
            Path oldManual = automatic.resolveSibling("4PI-backup-2020-01-01-0900.zip");
            Files.move(manual, oldManual);
            for (int day = 1; day <= 16; day++) {
                Files.copy(automatic, automatic.resolveSibling(String.format("4PI-backup-2026-10-%02d-1200.zip", day)));
            }

            backups.backupOnClose();

            List<String> left = names(backups.automaticFolder());
            assertThat(left).hasSize(15).contains(oldManual.getFileName().toString(),
                    "4PI-backup-2026-11-26-1000.zip", "4PI-backup-2026-11-26-1000-2.zip",
                    "4PI-backup-2026-10-16-1200.zip", "4PI-backup-2026-10-05-1200.zip")
                    .doesNotContain("4PI-backup-2026-10-04-1200.zip", "4PI-backup-2026-10-01-1200.zip");

            backups.saveKeep(3);
            backups.backupOnClose();
            assertThat(names(backups.automaticFolder())).containsExactlyInAnyOrder(oldManual.getFileName().toString(),
                    "4PI-backup-2026-11-26-1000.zip", "4PI-backup-2026-11-26-1000-2.zip",
                    "4PI-backup-2026-11-26-1000-3.zip");
            assertThat(backups.keep()).isEqualTo(3);
            assertThatThrownBy(() -> backups.saveKeep(366)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void makesTheDailyBackupAtMostOnceADay() {
        try (BackupFixture fixture = new BackupFixture(dataDir)) {
            assertThat(fixture.service().backupIfDue()).isPresent();
            assertThat(fixture.service().backupIfDue()).isEmpty();
            assertThat(fixture.service(later(23)).backupIfDue()).isEmpty();
            assertThat(fixture.service(later(25)).backupIfDue()).isPresent();
            assertThat(fixture.service(later(26)).lastBackup()).contains(LocalDateTime.of(2026, 11, 27, 11, 0));
        }
    }

    @Test
    void refusesFilesThatAreNotGoodBackupsOfOurs() throws IOException {
        try (BackupFixture fixture = new BackupFixture(dataDir)) {
            BackupService backups = fixture.service();
            Path good = backups.backupTo(stick, Progress.NONE);

            Path text = stick.resolve("notes.zip");
            Files.writeString(text, "These are my notes, not a zip file.");
            Path truncated = stick.resolve("cut-short.zip");
            byte[] bytes = Files.readAllBytes(good);
            Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            Path someoneElses = stick.resolve("photos.zip");
            BackupFixture.rewrite(good, someoneElses, Map.of(BackupManifest.NAME,
                    "just some photos".getBytes(StandardCharsets.UTF_8)));
            Path newer = stick.resolve("newer.zip");
            BackupFixture.rewrite(good, newer, Map.of(BackupManifest.NAME, BackupFixture.manifestText(good)
                    .replaceFirst("schema.version=\\d+", "schema.version=999").getBytes(StandardCharsets.UTF_8)));
            Path newerFormat = stick.resolve("newer-format.zip");
            BackupFixture.rewrite(good, newerFormat, Map.of(BackupManifest.NAME, BackupFixture.manifestText(good)
                    .replaceFirst("format=1", "format=2").getBytes(StandardCharsets.UTF_8)));
            Path missingFile = stick.resolve("missing.zip");
            BackupFixture.rewrite(good, missingFile, java.util.Collections.singletonMap("database/toolkit.mv.db", null));

            assertRefused(backups, text, BackupProblem.Reason.NOT_A_BACKUP);
            assertRefused(backups, truncated, BackupProblem.Reason.DAMAGED);
            assertRefused(backups, someoneElses, BackupProblem.Reason.NOT_OURS);
            assertRefused(backups, newer, BackupProblem.Reason.NEWER_VERSION);
            assertRefused(backups, newerFormat, BackupProblem.Reason.NEWER_VERSION);
            assertRefused(backups, missingFile, BackupProblem.Reason.DAMAGED);
            assertRefused(backups, stick.resolve("gone.zip"), BackupProblem.Reason.NOT_FOUND);
            assertThatThrownBy(() -> backups.prepareRestore(newer, Progress.NONE)).isInstanceOf(BackupProblem.class);
            assertThat(RestoreSwap.pending(dataDir.toAbsolutePath())).isFalse();
            assertThat(dataDir.resolve(DataFolderLayout.STAGING)).doesNotExist();
            assertThat(names(backups.automaticFolder())).isEmpty();
        }
    }

    @Test
    void refusesABackupLockedWithAnotherKey(@TempDir Path otherData) {
        byte[] one = new byte[32];
        byte[] two = new byte[32];
        two[0] = 1;
        Path backup;
        try (BackupFixture locked = new BackupFixture(dataDir, org.fourpi.toolkit.common.db.DataKey.of(one))) {
            backup = locked.service().backupTo(stick, Progress.NONE);
            assertThat(locked.service().preview(backup).encrypted()).isTrue();
            assertThat(BackupFixture.manifestText(backup)).contains("encrypted=true").doesNotContain("count.people");
        }
        try (BackupFixture other = new BackupFixture(otherData, org.fourpi.toolkit.common.db.DataKey.of(two))) {
            assertRefused(other.service(), backup, BackupProblem.Reason.WRONG_KEY);
        }
    }

    private static void assertRefused(BackupService backups, Path file, BackupProblem.Reason reason) {
        assertThatThrownBy(() -> backups.preview(file)).as(file.getFileName().toString())
                .isInstanceOfSatisfying(BackupProblem.class, p -> assertThat(p.reason()).isEqualTo(reason));
    }

    private static Clock later(int hours) {
        return Clock.offset(TestServices.CLOCK, Duration.ofHours(hours));
    }

    /** Overwrites the middle of the file, as a failing memory stick might. */
    private static void damage(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
                bytes[i] = (byte) ~bytes[i];
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        return filesIn(folder).stream().map(p -> p.getFileName().toString()).toList();
    }
}
