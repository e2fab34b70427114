package org.fourpi.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export-all command reads its arguments as documented and writes the workbook it says. */
class ExportAllCommandLineTest {

    @TempDir Path dataDir;
    @TempDir Path files;
    private final RecordingCommandLine commandLine = new RecordingCommandLine();

    @Test
    void passesTheFileTheEqualityChoiceAndTheDataFolder() {
        assertThat(commandLine.run("export-all", "all.xlsx")).isZero();
        assertThat(commandLine.run("--data-dir", "there", "export-all", "all.xlsx", "--with-equality-data")).isZero();
        assertThat(commandLine.run("export-all")).isEqualTo(2);

        assertThat(commandLine.calls).containsExactly("export-all - all.xlsx equality=false",
                "export-all there all.xlsx equality=true");
        assertThat(commandLine.err()).contains("FILE.xlsx");
    }

    @Test
    void describesTheCommandInPlainWords() {
        commandLine.run("--help");
        commandLine.run("export-all", "--help");

        assertThat(commandLine.out()).contains("export-all", "Write every register",
                "--with-equality-data", "Add a sheet of everyone's equality monitoring", "FILE.xlsx");
    }

    @Test
    void writesTheWorkbookAndSaysWhichSheetsItHolds() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream problems = new ByteArrayOutputStream();
        ExportAllConsole console = new ExportAllConsole(TestServices.MESSAGES,
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(problems, true, StandardCharsets.UTF_8));
        Path workbook = files.resolve("all.xlsx");
        Path withEquality = files.resolve("all-with-equality.xlsx");
        try (TestServices test = TestServices.open(dataDir)) {
            test.services().exampleData().fill();
            var export = test.services().exportAll();

            assertThat(console.exportAll(export, workbook, false)).isZero();
            assertThat(console.exportAll(export, withEquality, true)).isZero();
            assertThat(console.exportAll(export, files.resolve("all.csv"), false)).isEqualTo(1);
            assertThat(console.exportAll(export, files.resolve("gone").resolve("all.xlsx"), false)).isEqualTo(1);
        }

        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("Wrote all data to " + workbook.toAbsolutePath() + ", with sheets: People, Consent, "
                + "Access needs, Meetings, Attendance, Claims, Claim lines, Assessments, Assessment actions.");
        assertThat(out).contains("Wrote all data to " + withEquality.toAbsolutePath() + ", with sheets: People, "
                + "Consent, Access needs, Meetings, Attendance, Claims, Claim lines, Assessments, Assessment actions, "
                + "Equality.", "The file includes equality monitoring answers.");
        assertThat(out.split("The file includes equality", -1)).hasSize(2);
        assertThat(problems.toString(StandardCharsets.UTF_8)).contains("must end in .xlsx", "could not be written");
        try (Stream<Path> left = Files.list(files)) {
            assertThat(left).containsExactlyInAnyOrder(workbook, withEquality);
        }
    }
}
