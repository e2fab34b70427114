package org.fourpi.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The import and export commands read their arguments as documented and explain themselves. */
class PeopleCommandLineTest {

    /** Notes what the command line asked for instead of doing it. */
    private static final class RecordingActions implements CommandActions {
        final List<String> calls = new ArrayList<>();

        @Override
        public int openWindow(StartupOptions options) {
            calls.add("window");
            return 0;
        }

        @Override
        public int addExampleData(Optional<Path> dataDir) {
            calls.add("demo " + dataDir);
            return 0;
        }

        @Override
        public int importPeople(Optional<Path> dataDir, Path file, boolean dryRun) {
            calls.add("import " + dataDir.map(Path::toString).orElse("-") + " " + file + " dry=" + dryRun);
            return 1;
        }

        @Override
        public int exportPeople(Optional<Path> dataDir, Path file, boolean withEquality) {
            calls.add("export " + dataDir.map(Path::toString).orElse("-") + " " + file + " equality=" + withEquality);
            return 0;
        }

        @Override
        public int exportPayments(Optional<Path> dataDir, Path file, Optional<Integer> taxYear) {
            calls.add("payments " + file);
            return 0;
        }
    }

    private final RecordingActions actions = new RecordingActions();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = ToolkitCommand.commandLine(actions);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void passesTheFileTheDryRunAndTheDataFolderToTheImport() {
        assertThat(run("import-people", "people.csv", "--dry-run", "--data-dir", "here")).isEqualTo(1);
        assertThat(run("--data-dir", "there", "import-people", "people.xlsx")).isEqualTo(1);

        assertThat(actions.calls).containsExactly("import here people.csv dry=true", "import there people.xlsx dry=false");
    }

    @Test
    void passesTheFileAndTheEqualityChoiceToTheExport() {
        assertThat(run("export-people", "out.xlsx")).isZero();
        assertThat(run("export-people", "--with-equality-data", "out.xlsx", "--data-dir", "d")).isZero();

        assertThat(actions.calls).containsExactly("export - out.xlsx equality=false", "export d out.xlsx equality=true");
    }

    @Test
    void asksForTheFileWhenItIsMissing() {
        assertThat(run("import-people")).isEqualTo(2);

        assertThat(actions.calls).isEmpty();
        assertThat(err.toString()).contains("FILE");
    }

    @Test
    void describesBothCommandsAndTheirOptionsInPlainWords() {
        run("--help");
        run("import-people", "--help");
        run("export-people", "--help");

        assertThat(out.toString()).contains("import-people", "export-people",
                "Add and update people in the register from an Excel workbook or a CSV file",
                "Only say what the import would do; save nothing.",
                "Write everyone in the register to an Excel workbook,",
                "Add each person's equality monitoring answers.");
        assertThat(out.toString()).doesNotContain("''");
    }
}
