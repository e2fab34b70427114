package org.fourpi.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The import and export commands read their arguments as documented and explain themselves. */
class PeopleCommandLineTest {

    private final RecordingCommandLine commandLine = new RecordingCommandLine();
    private final List<String> calls = commandLine.calls;

    private int run(String... args) {
        return commandLine.run(args);
    }

    private String out() {
        return commandLine.out();
    }

    private String err() {
        return commandLine.err();
    }

    @Test
    void passesTheFileTheDryRunAndTheDataFolderToTheImport() {
        assertThat(run("import-people", "people.csv", "--dry-run", "--data-dir", "here")).isEqualTo(1);
        assertThat(run("--data-dir", "there", "import-people", "people.xlsx")).isEqualTo(1);

        assertThat(calls).containsExactly("import here people.csv dry=true", "import there people.xlsx dry=false");
    }

    @Test
    void passesTheFileAndTheEqualityChoiceToTheExport() {
        assertThat(run("export-people", "out.xlsx")).isZero();
        assertThat(run("export-people", "--with-equality-data", "out.xlsx", "--data-dir", "d")).isZero();

        assertThat(calls).containsExactly("export - out.xlsx equality=false", "export d out.xlsx equality=true");
    }

    @Test
    void asksForTheFileWhenItIsMissing() {
        assertThat(run("import-people")).isEqualTo(2);

        assertThat(calls).isEmpty();
        assertThat(err()).contains("FILE");
    }

    @Test
    void describesBothCommandsAndTheirOptionsInPlainWords() {
        run("--help");
        run("import-people", "--help");
        run("export-people", "--help");

        assertThat(out()).contains("import-people", "export-people",
                "Add and update people in the register from an Excel workbook or a CSV file",
                "Only say what the import would do; save nothing.",
                "Write everyone in the register to an Excel workbook,",
                "Add each person's equality monitoring answers.");
        assertThat(out()).doesNotContain("''");
    }
}
