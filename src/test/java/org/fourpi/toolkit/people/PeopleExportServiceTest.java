package org.fourpi.toolkit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleExportServiceTest {

    @TempDir
    Path temp;

    private TestServices test;
    private PeopleExportService export;
    private PeopleService people;

    @BeforeEach
    void open() {
        test = TestServices.open(temp.resolve("data"));
        export = test.services().peopleExport();
        people = test.services().people();
    }

    @AfterEach
    void close() {
        test.close();
    }

    private Person asha() {
        return people.save(new Person(null, "Asha", "Khan", "@x", Perspective.BOTH,
                Set.of(Role.TRUSTEE, Role.PEER_SUPPORTER), "-x", Set.of(InvolvementLevel.A, InvolvementLevel.C),
                "asha@example.org", "+44 7700 900123", "=SUM(1)\nHigh Street", "M1 2AB", ContactMethod.TEXT_MESSAGE,
                true, LocalDate.of(1985, 3, 12), Set.of(AccessNeed.EASY_READ), "@ weekends", "=HYPERLINK(\"x\")",
                InvolvementStatus.TAKING_A_BREAK));
    }

    private static XSSFWorkbook workbook(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> row(XSSFSheet sheet, int index) {
        List<String> values = new ArrayList<>();
        for (Cell cell : sheet.getRow(index)) {
            values.add(cell.getCellType() == CellType.NUMERIC ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : cell.getStringCellValue());
        }
        return values;
    }

    @Test
    void writesFormulaLikeTextAsPlainTextThatNoSpreadsheetRuns() throws IOException {
        asha();
        Path file = temp.resolve("people.xlsx");

        export.export(file, false, Progress.NONE);

        try (XSSFWorkbook workbook = workbook(file)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(cell.getAddress().toString()).isIn(CellType.STRING,
                            CellType.NUMERIC, CellType.BLANK);
                }
            }
            Row asha = sheet.getRow(1);
            // Known as, other role, phone, address, preferred times, other needs.
            List<String> formulaLike = List.of("@x", "-x", "+44 7700 900123", "=SUM(1)\nHigh Street", "@ weekends",
                    "=HYPERLINK(\"x\")");
            int[] columns = {2, 5, 8, 9, 15, 16};
            for (int i = 0; i < columns.length; i++) {
                Cell cell = asha.getCell(columns[i]);
                assertThat(cell.getCellType()).as(cell.getAddress().toString()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(formulaLike.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getAddress().toString()).isTrue();
            }
            assertThat(asha.getCell(0).getStringCellValue()).isEqualTo("Asha");
            assertThat(asha.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void writesOneReadableRowPerPersonUnderABoldFrozenFilteredHeading() throws IOException {
        asha();
        people.save(Person.named("Ben", "Lowe"));
        Path file = temp.resolve("people.xlsx");

        int written = export.export(file, false, Progress.NONE);

        assertThat(written).isEqualTo(2);
        try (XSSFWorkbook workbook = workbook(file)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("People");
            assertThat(row(sheet, 0)).containsExactly("First name", "Last name", "Known as", "Perspective", "Roles",
                    "Other role", "Levels of involvement", "Email", "Phone", "Address", "Postcode",
                    "Preferred contact", "Listed in packs", "Date of birth", "Access needs", "Preferred times",
                    "Other needs", "Status");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:R3");
            assertThat(sheet.getColumnWidth(4)).isGreaterThan(sheet.getColumnWidth(10));
            assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo(8 * 256);

            Row asha = sheet.getRow(1);
            assertThat(asha.getCell(3).getStringCellValue()).isEqualTo("Service user and carer");
            assertThat(asha.getCell(4).getStringCellValue()).isEqualTo("Trustee or board member; Peer supporter");
            assertThat(asha.getCell(6).getStringCellValue())
                    .isEqualTo("A: individual care and treatment; C: operational (services, projects, training)");
            assertThat(asha.getCell(11).getStringCellValue()).isEqualTo("Text message");
            assertThat(asha.getCell(12).getStringCellValue()).isEqualTo("Yes");
            Cell born = asha.getCell(13);
            assertThat(born.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(born)).isTrue();
            assertThat(born.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(born.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1985, 3, 12));
            assertThat(asha.getCell(14).getStringCellValue()).isEqualTo("Easy read");
            assertThat(asha.getCell(17).getStringCellValue()).isEqualTo("Taking a break");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Ben");
        }
    }

    @Test
    void addsEqualityMonitoringAnswersOnlyWhenAsked() throws IOException {
        Person asha = asha();
        Person ben = people.save(Person.named("Ben", "Lowe"));
        test.services().equality().save(asha.id(), new EqualityAnswers(AgeBand.AGE_35_44,
                Ethnicity.ASIAN_PAKISTANI, Sex.FEMALE, Answer.YES, Answer.NO, null, Religion.MUSLIM, Answer.YES, null));
        test.services().equality().recordObjection(ben.id());
        Path without = temp.resolve("without.xlsx");
        Path with = temp.resolve("with.xlsx");

        export.export(without, false, Progress.NONE);
        export.export(with, true, Progress.NONE);

        try (XSSFWorkbook workbook = workbook(without)) {
            assertThat(row(workbook.getSheetAt(0), 0)).hasSize(18).doesNotContain("Ethnicity");
        }
        try (XSSFWorkbook workbook = workbook(with)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(row(sheet, 0).subList(18, 27)).containsExactly("Age band", "Ethnicity", "Sex",
                    "Gender the same as at birth", "Disability", "Sexual orientation", "Religion or belief",
                    "Unpaid carer", "Objected to equality monitoring on");
            assertThat(sheet.getRow(1).getCell(19).getStringCellValue())
                    .isEqualTo("Asian or Asian British: Pakistani");
            assertThat(sheet.getRow(1).getCell(23).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(sheet.getRow(1).getCell(24).getStringCellValue()).isEqualTo("Muslim");
            assertThat(sheet.getRow(2).getCell(19).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(sheet.getRow(2).getCell(26).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.now(TestServices.CLOCK));
        }
    }

    @Test
    void writesAFileThatImportsBackWithNothingToChange() throws IOException {
        asha();
        people.save(Person.named("Zoë", "Brontë"));
        Path file = temp.resolve("round trip.xlsx");
        export.export(file, false, Progress.NONE);
        PeopleImportService imports = test.services().peopleImport();

        PeopleImportSheet sheet = imports.read(file, Progress.NONE);
        PeopleImportPreview preview = imports.preview(sheet, sheet.suggestedMapping(), Progress.NONE);

        assertThat(sheet.suggestedMapping().asMap()).hasSize(PeopleImportColumn.values().length);
        assertThat(preview.problems()).isEmpty();
        // Zoë has no email or phone, so she cannot be matched and would be added again; Asha is matched,
        // and nothing about her would change.
        assertThat(preview.rows()).extracting(r -> r.person().firstName(), PeopleImportPreview.Row::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Zoë", PeopleImportPreview.Outcome.NEW),
                        org.assertj.core.groups.Tuple.tuple("Asha", PeopleImportPreview.Outcome.DUPLICATE));
        assertThat(preview.rows().get(1).person()).isEqualTo(people.all().get(1));
    }

    @Test
    void leavesNoFileBehindWhenStopped() throws IOException {
        asha();
        Path file = temp.resolve("stopped.xlsx");
        Progress stopping = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelRequested() {
                return true;
            }
        };

        assertThatThrownBy(() -> export.export(file, false, stopping)).isInstanceOf(CancellationException.class);

        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("data");
        }
    }
}
