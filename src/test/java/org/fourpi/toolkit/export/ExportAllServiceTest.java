package org.fourpi.toolkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fourpi.toolkit.Services;
import org.fourpi.toolkit.assessment.AssessmentSummary;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.meetings.MeetingSummary;
import org.fourpi.toolkit.payments.ClaimFilter;
import org.fourpi.toolkit.payments.ClaimSummary;
import org.fourpi.toolkit.people.AccessNeed;
import org.fourpi.toolkit.people.EqualityAnswers;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example data, and one person whose name looks like a formula. */
class ExportAllServiceTest {

    private static final String FORMULA = "=HYPERLINK(\"http://example.com\",\"Click\")";
    private static final List<String> SHEETS = List.of("People", "Consent", "Access needs", "Meetings",
            "Attendance", "Claims", "Claim lines", "Assessments", "Assessment actions");

    @TempDir Path dataDir;
    @TempDir Path files;
    private TestServices test;
    private Services services;
    private ExportAllService export;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        services = test.services();
        services.exampleData().fill();
        Person named = Person.named(FORMULA, "Smith");
        services.people().save(new Person(null, named.firstName(), named.lastName(), "", named.perspective(),
                Set.of(), "", Set.of(), "", "", "", "", null, false, null, Set.of(AccessNeed.LARGE_PRINT), "", "",
                named.status()));
        export = services.exportAll();
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void writesASheetPerRegisterWithARowPerRecord() throws IOException {
        Path file = files.resolve("all.xlsx");

        List<String> written = export.export(file, false, Progress.NONE);

        assertThat(written).containsExactlyElementsOf(SHEETS);
        try (XSSFWorkbook book = open(file)) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactlyElementsOf(SHEETS);

            List<Person> people = services.people().all();
            int consents = people.stream()
                    .mapToInt(p -> services.people().find(p.id()).orElseThrow().consents().size()).sum();
            long needs = people.stream().filter(Person::hasAccessNeeds).count();
            List<MeetingSummary> meetings = services.meetings().list();
            int invitations = meetings.stream()
                    .mapToInt(m -> services.meetings().find(m.id()).orElseThrow().invitations().size()).sum();
            List<ClaimSummary> claims = services.claims().list(ClaimFilter.ALL);
            int lines = services.paymentStatements().ledger(Optional.empty()).lines().size();
            List<AssessmentSummary> assessments = services.assessments().list();
            int actions = assessments.stream()
                    .mapToInt(a -> services.assessments().answers(a.id()).actions().size()).sum();
            assertThat(List.of(people.size(), consents, (int) needs, meetings.size(), invitations, claims.size(),
                    lines, assessments.size(), actions)).allMatch(n -> n > 0);

            assertThat(rows(book.getSheet("People"))).isEqualTo(people.size());
            assertThat(rows(book.getSheet("Consent"))).isEqualTo(consents);
            assertThat(rows(book.getSheet("Access needs"))).isEqualTo(needs);
            assertThat(rows(book.getSheet("Meetings"))).isEqualTo(meetings.size());
            assertThat(rows(book.getSheet("Attendance"))).isEqualTo(invitations);
            assertThat(rows(book.getSheet("Claims"))).isEqualTo(claims.size());
            assertThat(rows(book.getSheet("Claim lines"))).isEqualTo(lines);
            assertThat(rows(book.getSheet("Assessments"))).isEqualTo(assessments.size());
            assertThat(rows(book.getSheet("Assessment actions"))).isEqualTo(actions);

            for (String name : SHEETS) {
                XSSFSheet sheet = book.getSheet(name);
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
                Cell first = sheet.getRow(0).getCell(0);
                assertThat(book.getFontAt(first.getCellStyle().getFontIndex()).getBold()).as(name).isTrue();
            }

            XSSFSheet peopleSheet = book.getSheet("People");
            assertThat(peopleSheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("First name");
            Row formulaRow = find(peopleSheet, 0, FORMULA);
            Cell formulaCell = formulaRow.getCell(0);
            assertThat(formulaCell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaCell.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(find(book.getSheet("Access needs"), 0, FORMULA + " Smith").getCell(1).getStringCellValue())
                    .isEqualTo("Large print");

            Person withConsent = people.stream()
                    .filter(p -> !services.people().find(p.id()).orElseThrow().consents().isEmpty())
                    .findFirst().orElseThrow();
            LocalDate givenOn = services.people().find(withConsent.id()).orElseThrow().consents().getFirst().givenOn();
            Row consentRow = find(book.getSheet("Consent"), 0, withConsent.displayName());
            assertDate(consentRow.getCell(2), givenOn);

            MeetingSummary meeting = meetings.getFirst();
            Row meetingRow = find(book.getSheet("Meetings"), 3, meeting.title());
            assertDate(meetingRow.getCell(0), meeting.date());
            assertThat(find(book.getSheet("Attendance"), 1, meeting.title()).getCell(0).getCellType())
                    .isEqualTo(CellType.NUMERIC);

            ClaimSummary claim = claims.getFirst();
            Row claimRow = find(book.getSheet("Claims"), 1, claim.personName(), r ->
                    (long) r.getCell(0).getNumericCellValue() == claim.id());
            assertThat(claimRow.getCell(2).getStringCellValue()).isEqualTo(claim.activity());
            assertDate(claimRow.getCell(3), claim.activityDate());
            assertThat(claimRow.getCell(5).getNumericCellValue()).isEqualTo(claim.owed().amount().doubleValue());
            assertThat(claimRow.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("£#,##0.00");

            XSSFSheet lineSheet = book.getSheet("Claim lines");
            assertThat(lineSheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Amount");
            assertThat(lineSheet.getRow(1).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("£#,##0.00");

            AssessmentSummary assessment = assessments.getFirst();
            Row assessmentRow = find(book.getSheet("Assessments"), 1, assessment.title());
            assertDate(assessmentRow.getCell(0), assessment.heldOn());
            assertThat(assessmentRow.getCell(5).getNumericCellValue()).isEqualTo(assessment.indicators());

            AssessmentSummary withActions = assessments.stream()
                    .filter(a -> !services.assessments().answers(a.id()).actions().isEmpty()).findFirst().orElseThrow();
            String what = services.assessments().answers(withActions.id()).actions().getFirst().what();
            Row actionRow = find(book.getSheet("Assessment actions"), 2, what);
            assertThat(actionRow.getCell(1).getStringCellValue()).isEqualTo(withActions.title());
            assertThat(book.getSheet("Assessment actions").getRow(0).getCell(2).getStringCellValue())
                    .isEqualTo("What will be done");
        }
        assertThat(book(file)).doesNotContain("Equality");
        try (Stream<Path> left = Files.list(files)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void addsEqualityAnswersOnlyWhenAsked() throws IOException {
        Path file = files.resolve("all.xlsx");

        List<String> written = export.export(file, true, Progress.NONE);

        assertThat(written).endsWith("Equality").hasSize(SHEETS.size() + 1);
        long answered = services.people().all().stream()
                .filter(p -> !services.equality().find(p.id()).equals(EqualityAnswers.NONE)).count();
        assertThat(answered).isPositive();
        try (XSSFWorkbook book = open(file)) {
            XSSFSheet equality = book.getSheet("Equality");
            assertThat(rows(equality)).isEqualTo(answered);
            assertThat(equality.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Age band");
            assertThat(rows(book.getSheet("People"))).isEqualTo(services.people().all().size());
            assertThat(book.getSheet("People").getRow(0).getLastCellNum())
                    .as("the People sheet keeps to the register").isEqualTo((short) 18);
        }
    }

    @Test
    void stopsWhenAskedAndLeavesNoFile() throws IOException {
        Path file = files.resolve("all.xlsx");
        List<String> messages = new ArrayList<>();
        Progress stopDuringMeetings = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                messages.add(message);
            }

            @Override
            public boolean isCancelRequested() {
                return messages.stream().anyMatch(m -> m.contains("Meetings"));
            }
        };

        assertThatThrownBy(() -> export.export(file, false, stopDuringMeetings))
                .isInstanceOf(CancellationException.class);

        assertThat(messages).contains("Step 1 of 8: People", "Step 4 of 8: Meetings and attendance")
                .doesNotContain("Step 5 of 8: Claims");
        try (Stream<Path> left = Files.list(files)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() {
        assertThatThrownBy(() -> export.export(files.resolve("all.csv"), false, Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> book(Path file) throws IOException {
        try (XSSFWorkbook book = open(file)) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        }
    }

    /** Rows below the header down to the first empty one (the ledger's totals sit below a blank row). */
    private static int rows(XSSFSheet sheet) {
        int r = 1;
        while (sheet.getRow(r) != null) {
            r++;
        }
        return r - 1;
    }

    private static Row find(XSSFSheet sheet, int column, String text) {
        return find(sheet, column, text, r -> true);
    }

    private static Row find(XSSFSheet sheet, int column, String text, java.util.function.Predicate<Row> also) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (row.getRowNum() > 0 && cell != null && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(text) && also.test(row)) {
                return row;
            }
        }
        throw new AssertionError("No row with " + text + " in " + sheet.getSheetName());
    }

    private static void assertDate(Cell cell, LocalDate expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
    }
}
