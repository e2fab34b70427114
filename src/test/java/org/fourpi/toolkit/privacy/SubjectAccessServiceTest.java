package org.fourpi.toolkit.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fourpi.toolkit.common.ui.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubjectAccessServiceTest {

    @TempDir
    Path temp;

    private PrivacyFixture fixture;

    @BeforeEach
    void open() throws Exception {
        fixture = new PrivacyFixture(temp);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void coversEveryTableThatRefersToAPerson() throws Exception {
        assertThat(fixture.tablesReferringToPeople())
                .as("the schema has tables that refer to people").contains("person_role", "claim", "meeting_invitation");
        assertThat(SubjectAccessService.coveredTables())
                .as("every table with a column that refers to a person is in the subject access folder")
                .containsAll(fixture.tablesReferringToPeople());
    }

    @Test
    void theSchemaCheckFindsANewTableThatRefersToAPersonByNameOrByForeignKey() throws Exception {
        fixture.execute("CREATE TABLE volunteer_shift (id BIGINT PRIMARY KEY, helper_person_id BIGINT)");
        fixture.execute("CREATE TABLE mentoring (id BIGINT PRIMARY KEY, mentee BIGINT REFERENCES person (id))");

        assertThat(fixture.tablesReferringToPeople()).contains("volunteer_shift", "mentoring");
        assertThat(SubjectAccessService.coveredTables()).doesNotContain("volunteer_shift", "mentoring");
    }

    @Test
    void makesAFolderWithEveryRecordTheirFilesAndASummary() throws Exception {
        long zeb = fixture.everything();
        long other = fixture.plainPerson("Olive", "Otherperson");
        fixture.paidClaim(other, java.time.LocalDate.of(2026, 10, 21),
                org.fourpi.toolkit.payments.LineInput.cost(org.fourpi.toolkit.payments.ClaimCategory.PARKING,
                        "Parking", org.fourpi.toolkit.common.money.Money.of("3.00")));
        Path out = Files.createDirectories(temp.resolve("out"));

        SubjectAccessResult result = fixture.services.subjectAccess().save(zeb, out, Progress.NONE);

        assertThat(result.folder().getParent()).isEqualTo(out);
        assertThat(result.folder().getFileName().toString()).isEqualTo("Zeb Quartermaine 2026-11-26");
        assertThat(result.attachments()).isEqualTo(2);
        assertThat(result.missing()).isZero();

        Map<String, List<Map<String, String>>> sheets = read(result.folder().resolve("records.xlsx"));
        assertThat(sheets.keySet()).hasSize(SubjectAccessService.coveredTables().size())
                .contains("Person", "Person need", "Consent", "Equality monitoring", "Claim", "Claim line",
                        "Claim audit", "Meeting invitation", "Assessment participant", "Assessment own rating",
                        "Import previous value", "Person document", "Person status change");
        Map<String, String> person = sheets.get("Person").getFirst();
        assertThat(person).containsEntry("First name", "Zebedee").containsEntry("Email", PrivacyFixture.EMAIL)
                .containsEntry("Phone", PrivacyFixture.PHONE).containsEntry("Listed in packs", "Yes")
                .containsEntry("Date of birth", "01/05/1970");
        assertThat(sheets.get("Claim")).as("their two claims, not the other person's").hasSize(2)
                .allSatisfy(row -> assertThat(row.get("Person id")).isEqualTo(String.valueOf(zeb)));
        assertThat(sheets.get("Claim line")).hasSize(2);
        assertThat(sheets.get("Claim audit")).isNotEmpty();
        assertThat(sheets.get("Consent").getFirst()).containsEntry("Purpose", "KEEP_DETAILS");
        assertThat(sheets.get("Equality monitoring").getFirst()).containsEntry("Sex", "FEMALE");
        assertThat(sheets.get("Person status change")).hasSize(3);
        assertThat(sheets.get("Assessment own rating").getFirst()).containsEntry("Rating", "4");
        assertThat(sheets.get("Import previous value").getFirst()).containsEntry("Old value", "old." + PrivacyFixture.EMAIL);
        assertThat(sheets.get("Meeting invitation").getFirst()).containsEntry("Attendance", "ATTENDED");

        Path attachments = result.folder().resolve("Attachments");
        assertThat(attachments.resolve("Role description Zebedee.pdf")).hasContent(PrivacyFixture.DOCUMENT_CONTENT);
        assertThat(attachments.resolve("Ticket Quartermaine.pdf")).hasContent(PrivacyFixture.RECEIPT_CONTENT);
        try (Stream<Path> listed = Files.list(attachments)) {
            assertThat(listed).hasSize(2);
        }

        String summary = pdfText(result.folder().resolve("summary.pdf"));
        assertThat(summary).contains("Everything we hold about Zeb Quartermaine")
                .contains("Made on 26 November 2026")
                .contains("Service user (lived experience)")
                .contains("Keeping their details: given on 10 January 2026")
                .contains("20 October 2026: Steering group")
                .contains("Self-assessment: Autumn review")
                .contains("paid £16.50 of £16.50 owed")
                .contains("Role description Zebedee.pdf: a document on their record")
                .contains("Ticket Quartermaine.pdf: a receipt for the claim for Steering group, 20 October 2026.")
                .contains("equality monitoring answers");
    }

    @Test
    void writesTextThatLooksLikeAFormulaAsText() throws Exception {
        long id = fixture.plainPerson("=HYPERLINK(\"x\")", "Smith");
        Path out = Files.createDirectories(temp.resolve("out"));

        SubjectAccessResult result = fixture.services.subjectAccess().save(id, out, Progress.NONE);

        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(result.folder().resolve("records.xlsx")))) {
            Sheet person = workbook.getSheet("Person");
            int column = columnOf(person, "First name");
            Cell cell = person.getRow(1).getCell(column);
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
        assertThat(result.folder().getFileName().toString()).doesNotContain("\"").endsWith(" 2026-11-26");
    }

    @Test
    void makesANewFolderEachTimeRatherThanWritingOverTheLastOne() throws Exception {
        long id = fixture.plainPerson("Ann", "Lee");
        Path out = Files.createDirectories(temp.resolve("out"));

        Path first = fixture.services.subjectAccess().save(id, out, Progress.NONE).folder();
        Path second = fixture.services.subjectAccess().save(id, out, Progress.NONE).folder();

        assertThat(second).isNotEqualTo(first);
        assertThat(second.getFileName().toString()).isEqualTo("Ann Lee 2026-11-26 (2)");
        assertThat(first.resolve("summary.pdf")).exists();
    }

    private static int columnOf(Sheet sheet, String heading) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(heading)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + heading);
    }

    private static Map<String, List<Map<String, String>>> read(Path file) throws Exception {
        Map<String, List<Map<String, String>>> sheets = new HashMap<>();
        DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            for (Sheet sheet : workbook) {
                List<Map<String, String>> rows = new ArrayList<>();
                Row header = sheet.getRow(0);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Map<String, String> row = new HashMap<>();
                    for (Cell heading : header) {
                        Cell cell = sheet.getRow(r).getCell(heading.getColumnIndex());
                        row.put(heading.getStringCellValue(), cell == null ? "" : formatter.formatCellValue(cell));
                    }
                    rows.add(row);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }

    static String pdfText(Path file) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
