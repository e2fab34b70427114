package org.fourpi.toolkit.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today is 26 November 2026. */
class MeetingsExportServiceTest {

    private static final LocalDate OCT_14 = LocalDate.of(2026, 10, 14);
    private static final LocalDate DEC_10 = LocalDate.of(2026, 12, 10);
    private static final String FORMULA = "=HYPERLINK(\"http://example.com\",\"Click\")";

    @TempDir Path dataDir;
    @TempDir Path files;
    private TestServices test;
    private MeetingService meetings;
    private MeetingsExportService export;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        meetings = test.services().meetings();
        export = test.services().meetingsExport();
        long samira = person("Samira", "Okafor", Perspective.SERVICE_USER);
        long tom = person("Tom", "Reilly", Perspective.CARER);
        long lee = person("Lee", "Hart", Perspective.BOTH);
        long ade = person("Ade", "Bello", Perspective.STAFF);

        long past = meetings.save(new Meeting(null, FORMULA, MeetingKind.BOARD, InvolvementLevel.D, OCT_14,
                LocalTime.of(14, 0), LocalTime.of(16, 30), new Venue("Civic Centre", "Town Hall Square\nRiverside",
                        "", true, true, true, false), "", "Jo", null, "")).id();
        for (long person : List.of(samira, tom, lee)) {
            meetings.invite(past, person, InvitationRole.MEMBER);
        }
        meetings.invite(past, ade, InvitationRole.STAFF);
        meetings.setTravel(past, samira, true, true, "Taxi, return", Money.of("1234.50"));
        meetings.setTravel(past, tom, true, false, "", null);
        meetings.recordPackSent(past, List.of(samira, tom, ade), OCT_14.minusDays(8), PackSentBy.EMAIL);
        meetings.recordPackSent(past, List.of(lee), OCT_14.minusDays(2), PackSentBy.POST);
        meetings.recordAttendance(past, samira, Attendance.ATTENDED);
        meetings.recordAttendance(past, tom, Attendance.APOLOGIES);
        meetings.recordAttendance(past, lee, Attendance.DID_NOT_ATTEND);
        meetings.recordAttendance(past, ade, Attendance.ATTENDED);

        long online = meetings.save(new Meeting(null, "Online focus group", MeetingKind.FOCUS_GROUP,
                InvolvementLevel.C, DEC_10, LocalTime.of(18, 0), LocalTime.of(19, 30),
                new Venue("", "", "https://meet.example.org/group", false, false, false, false), "", "Jo", null,
                "")).id();
        meetings.invite(online, tom, InvitationRole.MEMBER);
    }

    @AfterEach
    void close() {
        test.close();
    }

    private long person(String first, String last, Perspective perspective) {
        Person p = new Person(null, first, last, "", perspective, Set.of(), "", Set.of(), "", "", "", "", null, false,
                null, Set.of(), "", "", InvolvementStatus.ACTIVE);
        return test.services().people().save(p).id();
    }

    private static String text(XSSFRow row, int column) {
        XSSFCell cell = row.getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }

    private static double number(XSSFRow row, int column) {
        return row.getCell(column).getNumericCellValue();
    }

    private static LocalDate date(XSSFRow row, int column) {
        XSSFCell cell = row.getCell(column);
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        return cell.getLocalDateTimeCellValue().toLocalDate();
    }

    @Test
    void writesOneRowPerMeetingWithWhoCameAndPacksLateOrNotSent() throws IOException {
        Path file = files.resolve("meetings.xlsx");

        int count = export.export(file, Progress.NONE);

        assertThat(count).isEqualTo(2);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet sheet = workbook.getSheet("Meetings");
            assertThat(workbook.getSheetIndex(sheet)).isZero();
            XSSFRow header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Date");
            assertThat(header.getCell(11).getStringCellValue()).isEqualTo("Service users and carers who attended");
            assertThat(header.getCell(14).getStringCellValue()).isEqualTo("Packs sent late or not at all");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:O3");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);

            XSSFRow board = sheet.getRow(1);
            assertThat(date(board, 0)).isEqualTo(OCT_14);
            assertThat(text(board, 1)).isEqualTo("14:00");
            assertThat(text(board, 2)).isEqualTo("16:30");
            assertThat(board.getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(text(board, 3)).isEqualTo(FORMULA);
            assertThat(board.getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(text(board, 4)).isEqualTo("Board");
            assertThat(text(board, 5)).startsWith("D");
            assertThat(text(board, 6)).isEqualTo("Civic Centre, Town Hall Square, Riverside");
            assertThat(number(board, 7)).isEqualTo(4);
            assertThat(number(board, 8)).isEqualTo(2);
            assertThat(number(board, 9)).isEqualTo(1);
            assertThat(number(board, 10)).isEqualTo(1);
            assertThat(number(board, 11)).as("Samira came; Ade is staff").isEqualTo(1);
            assertThat(date(board, 12)).isEqualTo(OCT_14.minusDays(7));
            assertThat(date(board, 13)).isEqualTo(OCT_14.minusDays(8));
            assertThat(number(board, 14)).as("Lee's pack went out late").isEqualTo(1);

            XSSFRow online = sheet.getRow(2);
            assertThat(date(online, 0)).isEqualTo(DEC_10);
            assertThat(text(online, 6)).isEqualTo("https://meet.example.org/group");
            assertThat(number(online, 8)).isZero();
            assertThat(online.getCell(13)).as("no pack has gone out").satisfiesAnyOf(
                    c -> assertThat(c).isNull(), c -> assertThat(c.getCellType()).isEqualTo(CellType.BLANK));
            assertThat(number(online, 14)).as("papers are not due until 3 December").isZero();
        }
    }

    @Test
    void writesOneRowPerInvitationWithPackTravelInPoundsAndAttendance() throws IOException {
        Path file = files.resolve("meetings.xlsx");

        export.export(file, Progress.NONE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet sheet = workbook.getSheet("Attendance");
            assertThat(workbook.getSheetIndex(sheet)).isEqualTo(1);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K6");
            XSSFRow header = sheet.getRow(0);
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Service user or carer");
            assertThat(header.getCell(10).getStringCellValue()).isEqualTo("Travel cost");
            assertThat(workbook.getFontAt(header.getCell(10).getCellStyle().getFontIndex()).getBold()).isTrue();

            List<String> people = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                people.add(text(sheet.getRow(r), 2));
            }
            assertThat(people).containsExactlyInAnyOrder("Samira Okafor", "Tom Reilly", "Lee Hart", "Ade Bello",
                    "Tom Reilly");

            XSSFRow samira = row(sheet, "Samira Okafor", OCT_14);
            assertThat(date(samira, 0)).isEqualTo(OCT_14);
            assertThat(text(samira, 1)).isEqualTo(FORMULA);
            assertThat(samira.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(text(samira, 3)).isEqualTo("Member");
            assertThat(text(samira, 4)).isEqualTo("Yes");
            assertThat(date(samira, 5)).isEqualTo(OCT_14.minusDays(8));
            assertThat(text(samira, 6)).isEqualTo("By email");
            assertThat(text(samira, 7)).isEqualTo("Attended");
            assertThat(text(samira, 8)).isEqualTo("Booked");
            assertThat(text(samira, 9)).isEqualTo("Taxi, return");
            assertThat(samira.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(number(samira, 10)).isEqualTo(1234.50);
            assertThat(samira.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("£#,##0.00");

            XSSFRow tom = row(sheet, "Tom Reilly", OCT_14);
            assertThat(text(tom, 4)).isEqualTo("Yes");
            assertThat(text(tom, 7)).isEqualTo("Sent apologies");
            assertThat(text(tom, 8)).isEqualTo("Needed, not booked yet");
            assertThat(tom.getCell(10)).satisfiesAnyOf(c -> assertThat(c).isNull(),
                    c -> assertThat(c.getCellType()).isEqualTo(CellType.BLANK));

            XSSFRow lee = row(sheet, "Lee Hart", OCT_14);
            assertThat(text(lee, 6)).isEqualTo("By post");
            assertThat(text(lee, 7)).isEqualTo("Did not attend");

            XSSFRow ade = row(sheet, "Ade Bello", OCT_14);
            assertThat(text(ade, 3)).isEqualTo("Staff");
            assertThat(text(ade, 4)).isEqualTo("No");
            assertThat(text(ade, 8)).isEmpty();

            XSSFRow upcoming = row(sheet, "Tom Reilly", DEC_10);
            assertThat(text(upcoming, 1)).isEqualTo("Online focus group");
            assertThat(text(upcoming, 7)).isEmpty();
            assertThat(upcoming.getCell(5)).satisfiesAnyOf(c -> assertThat(c).isNull(),
                    c -> assertThat(c.getCellType()).isEqualTo(CellType.BLANK));
        }
    }

    private static XSSFRow row(XSSFSheet sheet, String person, LocalDate meeting) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (text(row, 2).equals(person) && date(row, 0).equals(meeting)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + person + " on " + meeting);
    }

    @Test
    void reportsProgressAndStopsOnRequestLeavingNoFile() throws IOException {
        Path file = files.resolve("meetings.xlsx");
        List<String> messages = new ArrayList<>();
        export.export(file, new Progress() {
            @Override
            public void update(long done, long total, String message) {
                messages.add(message);
            }

            @Override
            public boolean isCancelRequested() {
                return false;
            }
        });
        assertThat(messages).contains("Writing 2 of 2 meetings…");

        Path stopped = files.resolve("stopped.xlsx");
        assertThatThrownBy(() -> export.export(stopped, new Progress() {
            @Override
            public void update(long done, long total, String message) {
                // Not watched.
            }

            @Override
            public boolean isCancelRequested() {
                return true;
            }
        })).isInstanceOf(CancellationException.class);
        try (Stream<Path> left = Files.list(files)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("meetings.xlsx");
        }
    }

    @Test
    void anEmptyRegisterStillGivesBothSheetsWithHeaders() throws IOException {
        for (MeetingSummary summary : meetings.list()) {
            assertThat(summary.id()).isPositive();
        }
        Path file = files.resolve("none.xlsx");
        export.write(List.of(), file, Progress.NONE);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getSheet("Meetings").getRow(0).getCell(3).getStringCellValue()).isEqualTo("Meeting");
            assertThat(workbook.getSheet("Attendance").getRow(0).getCell(2).getStringCellValue()).isEqualTo("Person");
            assertThat(workbook.getSheet("Meetings").getLastRowNum()).isZero();
        }
    }
}
