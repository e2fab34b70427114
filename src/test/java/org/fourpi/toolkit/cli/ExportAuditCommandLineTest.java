package org.fourpi.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export-audit command reads its arguments as documented and writes the audit log it says. */
class ExportAuditCommandLineTest {

    @TempDir Path dataDir;
    @TempDir Path files;
    private final RecordingCommandLine commandLine = new RecordingCommandLine();

    @Test
    void passesTheFileAndTheDataFolder() {
        assertThat(commandLine.run("export-audit", "audit.xlsx")).isZero();
        assertThat(commandLine.run("--data-dir", "there", "export-audit", "audit.xlsx")).isZero();
        assertThat(commandLine.run("export-audit")).isEqualTo(2);

        assertThat(commandLine.calls).containsExactly("export-audit - audit.xlsx", "export-audit there audit.xlsx");
        assertThat(commandLine.err()).contains("FILE.xlsx");
    }

    @Test
    void describesTheCommandInPlainWords() {
        commandLine.run("--help");
        commandLine.run("export-audit", "--help");

        assertThat(commandLine.out()).contains("export-audit", "Write the audit log", "FILE.xlsx");
    }

    @Test
    void writesTheWorkbookAndSaysHowManyChanges() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream problems = new ByteArrayOutputStream();
        AuditConsole console = new AuditConsole(TestServices.MESSAGES,
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(problems, true, StandardCharsets.UTF_8));
        Path workbook = files.resolve("audit.xlsx");
        try (TestServices test = TestServices.open(dataDir)) {
            test.services().people().save(Person.named("Ada", "Lovelace"));
            var export = test.services().auditExport();

            assertThat(console.exportAudit(export, workbook)).isZero();
            assertThat(console.exportAudit(export, files.resolve("audit.csv"))).isEqualTo(1);
            assertThat(console.exportAudit(export, files.resolve("gone").resolve("audit.xlsx"))).isEqualTo(1);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Wrote 1 change from the audit log to " + workbook.toAbsolutePath());
        assertThat(problems.toString(StandardCharsets.UTF_8)).contains("must end in .xlsx", "could not be written");
        try (Workbook read = WorkbookFactory.create(workbook.toFile())) {
            assertThat(read.getSheetAt(0).getRow(1).getCell(7).getStringCellValue()).isEqualTo("Ada Lovelace");
        }
    }
}
