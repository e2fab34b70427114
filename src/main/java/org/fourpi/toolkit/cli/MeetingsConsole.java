package org.fourpi.toolkit.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.meetings.InvalidMeetingException;
import org.fourpi.toolkit.meetings.MeetingPackService;
import org.fourpi.toolkit.meetings.MeetingService;
import org.fourpi.toolkit.meetings.MeetingSummary;
import org.fourpi.toolkit.meetings.MeetingsExportService;
import org.fourpi.toolkit.meetings.PaperUnreadableException;

/**
 * Lists meetings and writes meeting packs, saying what happened in plain words: what is done on
 * standard output, problems on standard error. Returns the exit code.
 */
public final class MeetingsConsole {

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    public MeetingsConsole(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    /** Every meeting, the latest first, one a line: number, date and title. */
    public int listMeetings(MeetingService meetings) {
        List<MeetingSummary> all = meetings.list();
        if (all.isEmpty()) {
            out.println(messages.text("cli.meetings.none"));
        }
        for (MeetingSummary meeting : all) {
            out.println(messages.text("cli.meetings.line", String.valueOf(meeting.id()), meeting.date().toString(),
                    meeting.title()));
        }
        return 0;
    }

    /** Writes one meeting's pack and says where it is. */
    public int meetingPack(MeetingService meetings, MeetingPackService packs, long meetingId, Path file,
                           boolean largePrint) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            err.println(messages.text("cli.meetings.wrongFile"));
            return 1;
        }
        String title = meetings.find(meetingId).map(plan -> plan.meeting().title()).orElse(null);
        if (title == null) {
            err.println(messages.text("cli.meetings.noSuchMeeting", String.valueOf(meetingId)));
            return 1;
        }
        int pages;
        try {
            pages = packs.write(meetingId, largePrint, file, Progress.NONE);
        } catch (InvalidMeetingException e) {
            err.println(messages.text("cli.meetings.noSuchMeeting", String.valueOf(meetingId)));
            return 1;
        } catch (PaperUnreadableException e) {
            err.println(e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            err.println(messages.text("cli.meetings.packFailed", file.toAbsolutePath()));
            return 1;
        }
        out.println(messages.text("cli.meetings.packDone", title, pages, file.toAbsolutePath()));
        return 0;
    }

    /** Writes every meeting and its attendance to a workbook and says where it is. */
    public int exportMeetings(MeetingsExportService export, Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            err.println(messages.text("cli.meetings.wrongWorkbook"));
            return 1;
        }
        int count;
        try {
            count = export.export(file, Progress.NONE);
        } catch (UncheckedIOException e) {
            err.println(messages.text("cli.meetings.packFailed", file.toAbsolutePath()));
            return 1;
        }
        out.println(messages.text("cli.meetings.exportDone", count, file.toAbsolutePath()));
        return 0;
    }
}
