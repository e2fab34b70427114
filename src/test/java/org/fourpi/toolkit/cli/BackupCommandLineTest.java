package org.fourpi.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fourpi.toolkit.backup.RestoreSwap;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup, restore and check commands read their arguments as documented and say what they did. */
class BackupCommandLineTest {

    @TempDir Path dataDir;
    @TempDir Path stick;
    private final RecordingCommandLine commandLine = new RecordingCommandLine();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ByteArrayOutputStream problems = new ByteArrayOutputStream();
    private final BackupConsole console = new BackupConsole(TestServices.MESSAGES,
            new PrintStream(printed, true, StandardCharsets.UTF_8), new PrintStream(problems, true, StandardCharsets.UTF_8));

    @Test
    void passesTheFoldersTheFileAndTheAnswer() {
        assertThat(commandLine.run("backup")).isZero();
        assertThat(commandLine.run("--data-dir", "there", "backup", "E:\\backups")).isZero();
        assertThat(commandLine.run("restore", "b.zip")).isZero();
        assertThat(commandLine.run("restore", "--yes", "b.zip")).isZero();
        assertThat(commandLine.run("restore")).isEqualTo(2);
        assertThat(commandLine.run("check", "--data-dir", "here")).isZero();

        assertThat(commandLine.calls).containsExactly("backup - -", "backup there E:\\backups",
                "restore - b.zip yes=false", "restore - b.zip yes=true", "check here");
    }

    @Test
    void describesTheCommandsInPlainWords() {
        commandLine.run("--help");
        commandLine.run("restore", "--help");

        assertThat(commandLine.out()).contains("backup", "Make a backup of all data", "restore", "check",
                "Check the data", "--yes", "Restore without asking.");
    }

    @Test
    void backsUpChecksAndRestoresAfterAYes() throws Exception {
        Path backup;
        try (TestServices test = TestServices.open(dataDir)) {
            test.services().people().save(Person.named("Ann", "Example"));
            assertThat(console.backup(test.services().backups(), java.util.Optional.of(stick))).isZero();
            backup = stick.resolve("4PI-backup-2026-11-26-1000.zip");
            assertThat(out()).contains("Backup saved and checked: " + backup.toAbsolutePath());

            assertThat(console.check(test.services().integrityCheck())).isEqualTo(1);
            assertThat(out()).contains("PROBLEM: There is no backup in the backups folder yet.",
                    "Something is wrong.");
            assertThat(console.backup(test.services().backups(), java.util.Optional.empty())).isZero();
            printed.reset();
            assertThat(console.check(test.services().integrityCheck())).isZero();
            assertThat(out()).contains("OK: All ", "OK: The last backup was made on 26 November 2026 at 10:00",
                    "Everything checked is in order.").doesNotContain("PROBLEM");

            test.services().people().save(Person.named("Bob", "Later"));
            assertThat(console.prepareRestore(test.services().backups(), backup, false,
                    new BufferedReader(new StringReader("no\n"))).ready()).isFalse();
            assertThat(out()).contains("It holds: people 1,", "Your data now holds: people 2,",
                    "Type yes and press Enter", "Nothing was restored.");
            assertThat(console.prepareRestore(test.services().backups(), backup, false,
                    new BufferedReader(new StringReader("yes\n"))).ready()).isTrue();
        }
        RestoreSwap.finish(dataDir.toAbsolutePath());
        try (TestServices test = TestServices.open(dataDir)) {
            assertThat(test.services().people().all()).extracting(Person::firstName).containsExactly("Ann");
            Path notes = stick.resolve("notes.txt");
            Files.writeString(notes, "notes");
            assertThat(console.prepareRestore(test.services().backups(), notes, true,
                    new BufferedReader(new StringReader(""))).exitCode()).isEqualTo(1);
            assertThat(problems.toString(StandardCharsets.UTF_8)).contains("Cannot restore " + notes,
                    "This file is not a backup.");
        }
    }

    private String out() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
