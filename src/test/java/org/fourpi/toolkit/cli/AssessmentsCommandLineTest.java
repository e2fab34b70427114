package org.fourpi.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fourpi.toolkit.assessment.AssessmentResultsFixture;
import org.fourpi.toolkit.assessment.AssessmentService;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The list-assessments and export-assessment commands read their arguments as documented and do what they say. */
class AssessmentsCommandLineTest {

    @TempDir Path dataDir;
    @TempDir Path files;
    private final RecordingCommandLine commandLine = new RecordingCommandLine();

    @Test
    void passesTheAssessmentTheFileAndTheDataFolder() {
        assertThat(commandLine.run("list-assessments")).isZero();
        assertThat(commandLine.run("list-assessments", "--data-dir", "d")).isZero();
        assertThat(commandLine.run("export-assessment", "7", "results.xlsx")).isZero();
        assertThat(commandLine.run("--data-dir", "there", "export-assessment", "3", "report.pdf")).isZero();

        assertThat(commandLine.calls).containsExactly("assessments -", "assessments d",
                "export-assessment - 7 results.xlsx", "export-assessment there 3 report.pdf");
    }

    @Test
    void refusesAnAssessmentThatIsNotANumberAndAMissingFile() {
        assertThat(commandLine.run("export-assessment", "annual", "results.xlsx")).isEqualTo(2);
        assertThat(commandLine.run("export-assessment", "7")).isEqualTo(2);

        assertThat(commandLine.calls).isEmpty();
        assertThat(commandLine.err()).contains("ID", "FILE.xlsx");
    }

    @Test
    void describesTheCommandsInPlainWords() {
        commandLine.run("--help");
        commandLine.run("export-assessment", "--help");

        assertThat(commandLine.out()).contains("list-assessments", "export-assessment",
                "List every self-assessment", "The assessment's number, as list-assessments shows it.",
                "ending in .xlsx for the workbook");
        assertThat(commandLine.out()).doesNotContain("''", "!cli.");
    }

    @Test
    void listsAssessmentsAndWritesTheWorkbookOrReportOrExplainsWhatIsWrong() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream problems = new ByteArrayOutputStream();
        AssessmentsConsole console = new AssessmentsConsole(TestServices.MESSAGES,
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(problems, true, StandardCharsets.UTF_8));
        Path workbook = files.resolve("results.xlsx");
        Path report = files.resolve("report.pdf");
        try (TestServices test = TestServices.open(dataDir)) {
            AssessmentService assessments = test.services().assessments();
            var export = test.services().assessmentExport();
            var reports = test.services().assessmentReport();
            assertThat(console.listAssessments(assessments)).isZero();
            AssessmentResultsFixture.Made made = AssessmentResultsFixture.make(assessments);
            assertThat(console.listAssessments(assessments)).isZero();
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("There are no self-assessments yet.",
                    made.current() + "  2026-11-20  Annual check 2026  In progress" + System.lineSeparator()
                            + made.previous() + "  2025-11-20  Annual check 2025  Completed");

            assertThat(console.exportAssessment(assessments, export, reports, made.current(), workbook)).isZero();
            assertThat(console.exportAssessment(assessments, export, reports, made.current(), report)).isZero();
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains(
                    "Wrote the results of Annual check 2026 to " + workbook.toAbsolutePath() + ".",
                    "Wrote the report of Annual check 2026 to " + report.toAbsolutePath() + ".");

            long missing = made.current() + made.previous() + 100;
            assertThat(console.exportAssessment(assessments, export, reports, missing, files.resolve("x.xlsx")))
                    .isEqualTo(1);
            assertThat(console.exportAssessment(assessments, export, reports, made.current(),
                    files.resolve("results.docx"))).isEqualTo(1);
            assertThat(console.exportAssessment(assessments, export, reports, made.current(),
                    files.resolve("gone").resolve("x.xlsx"))).isEqualTo(1);
            assertThat(problems.toString(StandardCharsets.UTF_8)).contains(
                    "There is no assessment number " + missing + ". Use list-assessments to see the numbers.",
                    "Please give a file name ending in .xlsx for the workbook or .pdf for the report",
                    "could not be written");
        }
        assertThat(files.resolve("x.xlsx")).doesNotExist();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Summary");
        }
        PdfReader reader = new PdfReader(report.toString());
        try {
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Annual check 2026");
        } finally {
            reader.close();
        }
    }
}
