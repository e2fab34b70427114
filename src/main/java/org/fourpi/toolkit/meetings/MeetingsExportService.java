package org.fourpi.toolkit.meetings;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fourpi.toolkit.common.spreadsheet.StreamingWorkbooks;
import org.fourpi.toolkit.common.files.ReplacedFile;
import org.fourpi.toolkit.common.spreadsheet.SheetCells;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;

/**
 * Writes every meeting and everyone invited to an Excel workbook: a "Meetings" sheet with one row per
 * meeting (who was invited, who came, how many service users and carers came, when the papers went out
 * and how many packs went late or not at all), and an "Attendance" sheet with one row per invitation.
 * Dates are real dates, amounts are in pounds, each sheet has a bold frozen header with filters, and
 * text is never read as a formula. The file is written under a temporary name and moved into place when
 * complete, so a failed export never leaves half a file.
 */
public final class MeetingsExportService {

    /** The Meetings sheet's columns, in order; their headings are texts "meetings.export.meeting." + name. */
    enum MeetingColumn {
        DATE, START, END, TITLE, KIND, LEVEL, VENUE, INVITED, ATTENDED, APOLOGIES, DID_NOT_ATTEND,
        SERVICE_USERS_AND_CARERS_ATTENDED, PAPERS_DUE, PAPERS_WENT_OUT, PACKS_LATE_OR_NOT_SENT
    }

    /** The Attendance sheet's columns, in order; their headings are texts "meetings.export.invitation." + name. */
    enum InvitationColumn {
        MEETING_DATE, MEETING, PERSON, ROLE, SERVICE_USER_OR_CARER, PACK_SENT_ON, PACK_SENT_BY, ATTENDANCE,
        TRAVEL, TRAVEL_DESCRIPTION, TRAVEL_COST
    }

    private static final int PROGRESS_EVERY = 10;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 50;

    private final StreamingWorkbooks workbooks;
    private final MeetingService meetings;
    private final Messages messages;
    private final Clock clock;

    public MeetingsExportService(MeetingService meetings, Messages messages, Clock clock,
            StreamingWorkbooks workbooks) {
        this.workbooks = workbooks;
        this.meetings = meetings;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Writes every meeting, the earliest first, to an .xlsx file, replacing any file of that name.
     *
     * @return how many meetings were written
     * @throws UncheckedIOException  when the file cannot be written (for example, it is open in Excel)
     * @throws CancellationException when the progress asked to stop; no file is left behind
     */
    public int export(Path file, Progress progress) {
        List<MeetingPlan> plans = readAll(progress);
        write(plans, file, progress);
        return plans.size();
    }

    /**
     * Adds the Meetings and Attendance sheets, every meeting the earliest first, to a workbook being
     * written with other registers.
     *
     * @return how many meetings were written
     * @throws CancellationException when the progress asked to stop
     */
    public int writeSheets(Workbook workbook, SheetCells cells, Progress progress) {
        List<MeetingPlan> plans = readAll(progress);
        fill(workbook, cells, plans, progress);
        return plans.size();
    }

    private List<MeetingPlan> readAll(Progress progress) {
        List<MeetingSummary> summaries = meetings.list();
        List<MeetingPlan> plans = new ArrayList<>(summaries.size());
        for (int i = 0; i < summaries.size(); i++) {
            report(progress, i, summaries.size(), "meetings.export.progress.reading");
            meetings.find(summaries.get(i).id()).ifPresent(plans::add);
        }
        plans.sort(Comparator.comparing((MeetingPlan p) -> p.meeting().date())
                .thenComparing(p -> p.meeting().startsAt()).thenComparing(p -> p.meeting().id()));
        return plans;
    }

    /** Writes meetings already read, in the order given; see {@link #export}. */
    public void write(List<MeetingPlan> plans, Path file, Progress progress) {
        try {
            ReplacedFile.write(file, ".meetings-", temp -> writeWorkbook(plans, temp, progress));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeWorkbook(List<MeetingPlan> plans, Path target, Progress progress) throws IOException {
        try (SXSSFWorkbook workbook = workbooks.create()) {
            fill(workbook, new SheetCells(workbook), plans, progress);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
    }

    private void fill(Workbook workbook, SheetCells cells, List<MeetingPlan> plans, Progress progress) {
        LocalDate today = LocalDate.now(clock);
        Sheet meetingSheet = workbook.createSheet(messages.text("meetings.export.sheet.meetings"));
        Sheet invitationSheet = workbook.createSheet(messages.text("meetings.export.sheet.attendance"));
        int[] meetingWidths = header(meetingSheet, cells, MeetingColumn.values(), "meetings.export.meeting.");
        int[] invitationWidths = header(invitationSheet, cells, InvitationColumn.values(),
                "meetings.export.invitation.");
        int invitationRow = 1;
        for (int i = 0; i < plans.size(); i++) {
            report(progress, i, plans.size(), "meetings.export.progress.writing");
            MeetingPlan plan = plans.get(i);
            Row row = meetingSheet.createRow(i + 1);
            for (MeetingColumn column : MeetingColumn.values()) {
                int width = cells.value(row.createCell(column.ordinal()), value(plan, column, today));
                meetingWidths[column.ordinal()] = Math.max(meetingWidths[column.ordinal()], width);
            }
            for (Invitation invitation : plan.invitations()) {
                Row r = invitationSheet.createRow(invitationRow++);
                for (InvitationColumn column : InvitationColumn.values()) {
                    int width = cells.value(r.createCell(column.ordinal()), value(plan.meeting(), invitation, column));
                    invitationWidths[column.ordinal()] = Math.max(invitationWidths[column.ordinal()], width);
                }
            }
        }
        SheetCells.finishTable(meetingSheet, plans.size(), meetingWidths, MIN_WIDTH, MAX_WIDTH);
        SheetCells.finishTable(invitationSheet, invitationRow - 1, invitationWidths, MIN_WIDTH, MAX_WIDTH);
        report(progress, plans.size(), plans.size(), "meetings.export.progress.writing");
    }

    private int[] header(Sheet sheet, SheetCells cells, Enum<?>[] columns, String keyPrefix) {
        int[] widths = new int[columns.length];
        Row header = sheet.createRow(0);
        for (Enum<?> column : columns) {
            widths[column.ordinal()] = cells.header(header.createCell(column.ordinal()),
                    messages.text(keyPrefix + column.name())) + 3;
        }
        return widths;
    }

    private void report(Progress progress, int done, int total, String key) {
        if (done % PROGRESS_EVERY == 0 || done == total) {
            if (done < total && progress.isCancelRequested()) {
                throw new CancellationException("Stopped on request");
            }
            progress.update(done, total, messages.text(key, done, total));
        }
    }

    /** A meeting's value for a column: a number, a date or text; null when there is none. */
    private Object value(MeetingPlan plan, MeetingColumn column, LocalDate today) {
        Meeting m = plan.meeting();
        List<Invitation> invited = plan.invitations();
        return switch (column) {
            case DATE -> m.date();
            case START -> time(m.startsAt());
            case END -> time(m.endsAt());
            case TITLE -> m.title();
            case KIND -> m.kind() == null ? null : messages.text(m.kind().labelKey());
            case LEVEL -> m.level() == null ? null : messages.text(m.level().labelKey());
            case VENUE -> venue(m.venue());
            case INVITED -> (long) invited.size();
            case ATTENDED -> count(invited, Attendance.ATTENDED);
            case APOLOGIES -> count(invited, Attendance.APOLOGIES);
            case DID_NOT_ATTEND -> count(invited, Attendance.DID_NOT_ATTEND);
            case SERVICE_USERS_AND_CARERS_ATTENDED -> invited.stream()
                    .filter(i -> i.attendance() == Attendance.ATTENDED && i.hasLivedExperience()).count();
            case PAPERS_DUE -> m.papersDue();
            case PAPERS_WENT_OUT -> invited.stream().map(Invitation::packSentOn).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            case PACKS_LATE_OR_NOT_SENT -> packsLateOrNotSent(plan, today);
        };
    }

    /**
     * Packs sent after the send-out date, and packs not sent at all once that date has come (before
     * it, a pack not yet sent is not late).
     */
    static long packsLateOrNotSent(MeetingPlan plan, LocalDate today) {
        LocalDate due = plan.meeting().papersDue();
        return plan.invitations().stream()
                .filter(i -> i.packSentOn() == null ? !today.isBefore(due) : i.packSentOn().isAfter(due))
                .count();
    }

    private static long count(List<Invitation> invited, Attendance attendance) {
        return invited.stream().filter(i -> i.attendance() == attendance).count();
    }

    private static String time(LocalTime time) {
        return time == null ? null : time.toString();
    }

    /** The venue's name and address on one line, and the link to join when there is one. */
    private static String venue(Venue venue) {
        List<String> parts = new ArrayList<>();
        if (!venue.name().isEmpty()) {
            parts.add(venue.name());
        }
        if (!venue.address().isEmpty()) {
            parts.add(String.join(", ", venue.address().lines().map(String::strip).filter(s -> !s.isEmpty()).toList()));
        }
        if (!venue.onlineLink().isEmpty()) {
            parts.add(venue.onlineLink());
        }
        return String.join(", ", parts);
    }

    /** An invitation's value for a column: a date, an amount or text; null when there is none. */
    private Object value(Meeting meeting, Invitation invitation, InvitationColumn column) {
        return switch (column) {
            case MEETING_DATE -> meeting.date();
            case MEETING -> meeting.title();
            case PERSON -> invitation.personName();
            case ROLE -> invitation.role() == null ? null : messages.text(invitation.role().labelKey());
            case SERVICE_USER_OR_CARER -> messages.text(invitation.hasLivedExperience()
                    ? "meetings.export.yes" : "meetings.export.no");
            case PACK_SENT_ON -> invitation.packSentOn();
            case PACK_SENT_BY -> invitation.packSentBy() == null ? null
                    : messages.text(invitation.packSentBy().labelKey());
            case ATTENDANCE -> invitation.attendance() == null ? null
                    : messages.text(invitation.attendance().labelKey());
            case TRAVEL -> !invitation.travelNeeded() && !invitation.travelBooked() ? null
                    : messages.text(invitation.travelBooked()
                            ? "meetings.export.travel.booked" : "meetings.export.travel.notBooked");
            case TRAVEL_DESCRIPTION -> invitation.travelDescription();
            case TRAVEL_COST -> invitation.travelCost();
        };
    }
}
