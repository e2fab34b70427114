package org.fourpi.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

import org.fourpi.toolkit.meetings.AgendaAsk;
import org.fourpi.toolkit.meetings.AgendaItem;
import org.fourpi.toolkit.meetings.InvitationRole;
import org.fourpi.toolkit.meetings.Meeting;
import org.fourpi.toolkit.meetings.MeetingKind;
import org.fourpi.toolkit.meetings.MeetingService;
import org.fourpi.toolkit.meetings.Venue;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The list-meetings and meeting-pack commands read their arguments as documented and do what they say. */
class MeetingsCommandLineTest {

    @TempDir Path dataDir;
    @TempDir Path files;
    private final RecordingCommandLine commandLine = new RecordingCommandLine();

    @Test
    void passesTheMeetingTheFileLargePrintAndTheDataFolder() {
        assertThat(commandLine.run("list-meetings")).isZero();
        assertThat(commandLine.run("list-meetings", "--data-dir", "d")).isZero();
        assertThat(commandLine.run("meeting-pack", "12", "pack.pdf")).isZero();
        assertThat(commandLine.run("--data-dir", "there", "meeting-pack", "3", "big.pdf", "--large-print")).isZero();

        assertThat(commandLine.run("export-meetings", "meetings.xlsx", "--data-dir", "d")).isZero();

        assertThat(commandLine.calls).containsExactly("meetings -", "meetings d", "pack - 12 pack.pdf large=false",
                "pack there 3 big.pdf large=true", "export-meetings d meetings.xlsx");
    }

    @Test
    void refusesAMeetingThatIsNotANumberAndAMissingFile() {
        assertThat(commandLine.run("meeting-pack", "steering", "pack.pdf")).isEqualTo(2);
        assertThat(commandLine.run("meeting-pack", "12")).isEqualTo(2);

        assertThat(commandLine.calls).isEmpty();
        assertThat(commandLine.err()).contains("MEETING_ID", "OUT.pdf");
    }

    @Test
    void describesTheCommandsInPlainWords() {
        commandLine.run("--help");
        commandLine.run("meeting-pack", "--help");

        assertThat(commandLine.out()).contains("list-meetings", "meeting-pack",
                "List every meeting, one a line", "Write a meeting's pack to one PDF file",
                "The meeting's number, as list-meetings shows it.", "--large-print",
                "Print the pack in large print (16 point or more).");
        assertThat(commandLine.out()).doesNotContain("''", "!cli.");
    }

    @Test
    void listsMeetingsAndWritesAPackOrExplainsWhatIsWrong() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream problems = new ByteArrayOutputStream();
        MeetingsConsole console = new MeetingsConsole(TestServices.MESSAGES,
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(problems, true, StandardCharsets.UTF_8));
        Path pack = files.resolve("pack.pdf");
        long id;
        long missing;
        try (TestServices test = TestServices.open(dataDir)) {
            MeetingService meetings = test.services().meetings();
            assertThat(console.listMeetings(meetings)).isZero();
            id = meetings.save(new Meeting(null, "Steering group", MeetingKind.STEERING_GROUP, null,
                    LocalDate.of(2026, 12, 10), LocalTime.of(10, 30), LocalTime.of(12, 30), Venue.NONE, "", "", null,
                    "")).id();
            long other = meetings.save(new Meeting(null, "Board", MeetingKind.BOARD, null, LocalDate.of(2027, 1, 14),
                    LocalTime.of(14, 0), LocalTime.of(16, 0), Venue.NONE, "", "", null, "")).id();
            long samira = test.services().people().save(Person.named("Samira", "Okafor")).id();
            meetings.invite(id, samira, InvitationRole.MEMBER);
            meetings.saveAgenda(id, List.of(new AgendaItem("Welcome", AgendaAsk.NOTE, "", 10, "", false, List.of())));
            assertThat(console.listMeetings(meetings)).isZero();
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("There are no meetings yet.",
                    other + "  2027-01-14  Board" + System.lineSeparator() + id + "  2026-12-10  Steering group");

            var packs = test.services().meetingPacks();
            assertThat(console.meetingPack(meetings, packs, id, pack, false)).isZero();
            missing = id + other + 100;
            assertThat(console.meetingPack(meetings, packs, missing, files.resolve("x.pdf"), false))
                    .isEqualTo(1);
            assertThat(console.meetingPack(meetings, packs, id, files.resolve("pack.docx"), false)).isEqualTo(1);
            assertThat(console.meetingPack(meetings, packs, id, files.resolve("gone").resolve("x.pdf"), true))
                    .isEqualTo(1);

            Path workbook = files.resolve("meetings.xlsx");
            assertThat(console.exportMeetings(test.services().meetingsExport(), workbook)).isZero();
            assertThat(workbook).isNotEmptyFile();
            assertThat(console.exportMeetings(test.services().meetingsExport(), files.resolve("meetings.csv")))
                    .isEqualTo(1);
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Wrote 2 meetings to " + workbook.toAbsolutePath());
        }
        PdfReader reader = new PdfReader(pack.toString());
        int pages;
        String firstPage;
        try {
            pages = reader.getNumberOfPages();
            firstPage = new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
        assertThat(firstPage).contains("Steering group", "Thursday 10 December 2026");
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Wrote the pack for Steering group (" + pages + " pages) to " + pack.toAbsolutePath());
        assertThat(problems.toString(StandardCharsets.UTF_8)).contains("There is no meeting number " + missing + ".",
                "Use list-meetings to see the numbers.", "ending in .pdf", "could not be written");
        try (Stream<Path> left = Files.list(files)) {
            assertThat(left).containsExactlyInAnyOrder(pack, files.resolve("meetings.xlsx"));
        }
    }
}
