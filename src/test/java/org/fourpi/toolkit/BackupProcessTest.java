package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.fourpi.toolkit.backup.RestoreSwap;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.ChildJvm;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups, restore and the check as the program really runs them, in a separate process. */
class BackupProcessTest {

    @TempDir Path temp;
    @TempDir Path stick;


    @Test
    void theWindowMakesTheDailyBackupAtStartAndAnotherWhenItCloses() throws Exception {
        ChildJvm.Finished result = run(true, "--data-dir", temp.toString(), "--exit-after-startup");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(names(temp.resolve("backups"))).hasSize(2)
                .allMatch(n -> n.matches("4PI-backup-\\d{4}-\\d{2}-\\d{2}-\\d{4}(-2)?\\.zip"));
    }

    @Test
    void aRestoreLeftReadyIsFinishedAtTheNextStartAndTheCommandsWorkFromAScript() throws Exception {
        Path backup;
        try (TestServices test = TestServices.open(temp)) {
            test.services().people().save(Person.named("Ann", "Example"));
            backup = test.services().backups().backupTo(stick, Progress.NONE);
            test.services().people().save(Person.named("Bob", "Later"));
            test.services().backups().prepareRestore(backup, Progress.NONE);
        }
        assertThat(RestoreSwap.pending(temp)).isTrue();

        ChildJvm.Finished backedUp = run(false, "backup", "--data-dir", temp.toString());
        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        assertThat(backedUp.out()).contains("Backup saved and checked: " + temp.resolve("backups"));
        assertThat(RestoreSwap.pending(temp)).isFalse();
        try (TestServices test = TestServices.open(temp)) {
            assertThat(test.services().people().all()).extracting(Person::firstName).containsExactly("Ann");
            test.services().people().save(Person.named("Cath", "Later"));
        }

        ChildJvm.Finished checked = run(false, "check", "--data-dir", temp.toString());
        assertThat(checked.exitCode()).as(checked.out()).isZero();
        assertThat(checked.out()).contains("OK: All ", "Everything checked is in order.");

        ChildJvm.Finished refused = run(false, "restore", "--data-dir", temp.toString(), stick.resolve("none.zip").toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("The file cannot be found or read.");

        ChildJvm.Finished restored = run(false, "restore", "--yes", "--data-dir", temp.toString(), backup.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("It holds: people 1,", "Your data now holds: people 2,",
                "The data was restored from " + backup);
        try (TestServices test = TestServices.open(temp)) {
            assertThat(test.services().people().all()).extracting(Person::firstName).containsExactly("Ann");
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static ChildJvm.Finished run(boolean headlessWindow, String... args)
            throws IOException, InterruptedException {
        return ChildJvm.run(Launcher.class, headlessWindow, args);
    }
}
