package org.fourpi.toolkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentExportServiceTest {

    private static final String RECORDS = "12 service users and 4 carers are active.";

    @TempDir Path dataDir;
    @TempDir Path files;
    private TestServices test;
    private AssessmentExportService export;
    private AssessmentResultsFixture.Made made;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        made = AssessmentResultsFixture.make(test.services().assessments());
        export = new AssessmentExportService(test.services().assessments(),
                () -> Map.of(EvidenceKind.ACTIVE_BY_PERSPECTIVE, List.of(RECORDS, "Nobody is listed as both.")),
                TestServices.MESSAGES);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void writesTheSixSheetsWithFrozenBoldFilteredHeaders() throws IOException {
        Path file = files.resolve("results.xlsx");

        export.export(made.current(), file, Progress.NONE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Summary", "Ratings", "By perspective", "Evidence", "Impact", "Actions");
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                XSSFCell first = sheet.getRow(0).getCell(0);
                assertThat(workbook.getFontAt(first.getCellStyle().getFontIndex()).getBold()).as(names.get(i)).isTrue();
                assertThat(sheet.getPaneInformation().isFreezePane()).as(names.get(i)).isTrue();
                assertThat(sheet.getCTWorksheet().getAutoFilter()).as(names.get(i)).isNotNull();
            }
            assertThat(workbook.getSheet("Summary").getColumnWidth(0)).isGreaterThan(12 * 256);
            assertThat(workbook.getSheet("Ratings").getColumnWidth(3)).isEqualTo(60 * 256);
            assertThat(workbook.getSheet("Ratings").getRow(1).getCell(3).getCellStyle().getWrapText()).isTrue();
            XSSFSheet summary = workbook.getSheet("Summary");
            XSSFRow principles = summary.getRow(1);
            assertThat(principles.getCell(0).getStringCellValue()).isEqualTo("Principles");
            assertThat(principles.getCell(1).getNumericCellValue()).isEqualTo(4.0);
            assertThat(principles.getCell(3).getNumericCellValue()).isEqualTo(2.0);
            assertThat(principles.getCell(4).getNumericCellValue()).isEqualTo(2.0);
            assertThat(principles.getCell(5).getStringCellValue()).isEqualTo("up 2.0");
            XSSFRow overall = summary.getRow(summary.getLastRowNum());
            assertThat(overall.getCell(0).getStringCellValue()).isEqualTo("Overall");
            assertThat(overall.getCell(1).getNumericCellValue()).isEqualTo(3.1);
            assertThat(overall.getCell(2).getNumericCellValue()).isEqualTo(53);
        }
    }

    @Test
    void writesEveryRatingAsANumberOrWordsWithEachPersonsOwnRating() throws IOException {
        Path file = files.resolve("results.xlsx");

        export.export(made.current(), file, Progress.NONE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet ratings = workbook.getSheet("Ratings");
            XSSFRow header = ratings.getRow(0);
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Agreed average");
            assertThat(header.getCell(8).getStringCellValue())
                    .isEqualTo("Ada Lovelace (Service user (lived experience)), own rating");
            assertThat(ratings.getLastRowNum()).isEqualTo(54);
            XSSFRow first = ratings.getRow(1);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("PRI-1");
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(4);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(2);
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(2);
            assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(3);
            assertThat(first.getCell(10).getNumericCellValue()).isEqualTo(4);
            XSSFRow unknown = ratings.getRow(15);
            assertThat(unknown.getCell(2).getStringCellValue()).isEqualTo("PRE-1");
            assertThat(unknown.getCell(4).getStringCellValue()).isEqualTo("Don't know");
            assertThat(ratings.getRow(10).getCell(7).getStringCellValue()).isEqualTo("Yes");

            XSSFSheet views = workbook.getSheet("By perspective");
            assertThat(views.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Principles");
            assertThat(views.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2.5);
            XSSFRow differ = views.getRow(6);
            assertThat(differ.getCell(1).getStringCellValue()).isEqualTo("PRI-1");
            assertThat(differ.getCell(5).getNumericCellValue()).isEqualTo(3.0);
            assertThat(differ.getCell(6).getStringCellValue()).isEqualTo("Yes, views differ");
            assertThat(views.getRow(7).getCell(6).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void writesAFormulaLookingNoteAsTextWithWhatTheRecordsShowedAndTheImpactAndActions() throws IOException {
        Path file = files.resolve("results.xlsx");

        export.export(made.current(), file, Progress.NONE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet evidence = workbook.getSheet("Evidence");
            XSSFCell note = evidence.getRow(3).getCell(2);
            assertThat(evidence.getRow(3).getCell(0).getStringCellValue()).isEqualTo("PRI-3");
            assertThat(note.getCellType()).isEqualTo(CellType.STRING);
            assertThat(note.getStringCellValue()).isEqualTo(AssessmentResultsFixture.FORMULA_NOTE);
            assertThat(note.getCellStyle().getQuotePrefixed()).isTrue();
            XSSFRow presence = evidence.getRow(15);
            assertThat(presence.getCell(0).getStringCellValue()).isEqualTo("PRE-1");
            assertThat(presence.getCell(3).getStringCellValue()).isEqualTo(RECORDS + "\nNobody is listed as both.");

            XSSFSheet impact = workbook.getSheet("Impact");
            assertThat(impact.getRow(1).getCell(0).getStringCellValue()).isEqualTo("IMP-A1");
            assertThat(impact.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3);
            assertThat(impact.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Q1");
            assertThat(impact.getRow(8).getCell(2).getStringCellValue()).isEqualTo(AssessmentResultsFixture.IMPACT_ANSWER);

            XSSFSheet actions = workbook.getSheet("Actions");
            XSSFRow action = actions.getRow(1);
            assertThat(action.getCell(0).getStringCellValue()).isEqualTo("Write down why we involve people");
            assertThat(action.getCell(2).getLocalDateTimeCellValue().toLocalDate()).hasToString("2027-03-31");
            assertThat(action.getCell(3).getStringCellValue()).isEqualTo("Not started");
            assertThat(action.getCell(4).getStringCellValue()).isEqualTo("PUR-1");
        }
    }

    @Test
    void leavesNoFileWhenTheFolderCannotBeWrittenAndRefusesAnUnknownAssessment() {
        Path file = files.resolve("gone").resolve("results.xlsx");

        assertThatThrownBy(() -> export.export(made.current(), file, Progress.NONE))
                .isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> export.export(made.current() + 100, files.resolve("x.xlsx"), Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(files.resolve("x.xlsx")).doesNotExist();
    }
}
