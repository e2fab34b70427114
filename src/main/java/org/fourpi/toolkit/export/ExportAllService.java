package org.fourpi.toolkit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fourpi.toolkit.common.spreadsheet.StreamingWorkbooks;
import org.fourpi.toolkit.assessment.AssessmentExportService;
import org.fourpi.toolkit.assessment.AssessmentService;
import org.fourpi.toolkit.assessment.AssessmentSummary;
import org.fourpi.toolkit.common.files.ReplacedFile;
import org.fourpi.toolkit.common.spreadsheet.SheetCells;
import org.fourpi.toolkit.common.text.Labelled;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.meetings.MeetingsExportService;
import org.fourpi.toolkit.payments.ClaimFilter;
import org.fourpi.toolkit.payments.ClaimService;
import org.fourpi.toolkit.payments.ClaimSummary;
import org.fourpi.toolkit.payments.PaymentLedgerExportService;
import org.fourpi.toolkit.people.Consent;
import org.fourpi.toolkit.people.PeopleExportService;
import org.fourpi.toolkit.people.PeopleService;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.people.PersonDetails;

/**
 * Writes every register to one Excel workbook a trustee can read: people, their consent and access
 * needs, meetings and who was invited, claims and their lines, assessments and their actions, one
 * sheet each. Equality monitoring answers are added, on a sheet of their own, only when asked for.
 * Each feature's own export writes its sheets where it has one, so the columns match. The file is
 * written under a temporary name and moved into place when complete, so a stopped or failed export
 * never leaves half a file.
 */
public final class ExportAllService {

    /** The steps of the export, in the order the sheets appear. */
    private enum Step { PEOPLE, CONSENT, NEEDS, MEETINGS, CLAIMS, LINES, ASSESSMENTS, ACTIONS, EQUALITY }

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    private static final long PART = 1000;

    private final PeopleService people;
    private final PeopleExportService peopleExport;
    private final MeetingsExportService meetingsExport;
    private final ClaimService claims;
    private final PaymentLedgerExportService ledgerExport;
    private final AssessmentService assessments;
    private final AssessmentExportService assessmentExport;
    private final Messages messages;
    private final StreamingWorkbooks workbooks;

    public ExportAllService(PeopleService people, PeopleExportService peopleExport,
                            MeetingsExportService meetingsExport, ClaimService claims,
                            PaymentLedgerExportService ledgerExport, AssessmentService assessments,
                            AssessmentExportService assessmentExport, Messages messages,
                            StreamingWorkbooks workbooks) {
        this.workbooks = workbooks;
        this.people = people;
        this.peopleExport = peopleExport;
        this.meetingsExport = meetingsExport;
        this.claims = claims;
        this.ledgerExport = ledgerExport;
        this.assessments = assessments;
        this.assessmentExport = assessmentExport;
        this.messages = messages;
    }

    /**
     * Writes every register to an .xlsx file, replacing any file of that name.
     *
     * @return the names of the sheets written, in order
     * @throws IllegalArgumentException when the file name does not end in .xlsx
     * @throws UncheckedIOException     when the file cannot be written (for example, it is open in Excel)
     * @throws CancellationException    when the progress asked to stop; no file is left behind
     */
    public List<String> export(Path file, boolean withEquality, Progress progress) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new IllegalArgumentException("An export is an .xlsx file: " + file);
        }
        List<Step> steps = new ArrayList<>(Arrays.asList(Step.values()));
        if (!withEquality) {
            steps.remove(Step.EQUALITY);
        }
        try {
            List<String> names = new ArrayList<>();
            ReplacedFile.write(file, ".all-data-", temp -> {
                try (SXSSFWorkbook workbook = workbooks.create()) {
                    SheetCells cells = new SheetCells(workbook);
                    try {
                        for (int i = 0; i < steps.size(); i++) {
                            write(steps.get(i), workbook, cells, part(progress, i, steps.size(), steps.get(i)));
                        }
                    } catch (RuntimeException stoppedOrFailed) {
                        // Rows of finished sheets still wait in memory; let them go before the workbook closes.
                        workbook.dispose();
                        throw stoppedOrFailed;
                    }
                    progress.update(steps.size() * PART, steps.size() * PART,
                            messages.text("exportAll.progress.saving"));
                    try (OutputStream out = Files.newOutputStream(temp)) {
                        workbook.write(out);
                    }
                    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
                }
            });
            progress.update(steps.size() * PART, steps.size() * PART, messages.text("exportAll.progress.done"));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Step step, Workbook workbook, SheetCells cells, Progress progress) {
        switch (step) {
            case PEOPLE -> peopleExport.writePeopleSheet(workbook, cells, sheetName(step), progress);
            case CONSENT -> table(workbook, cells, step, consentRows(), progress);
            case NEEDS -> table(workbook, cells, step, needsRows(), progress);
            case MEETINGS -> meetingsExport.writeSheets(workbook, cells, progress);
            case CLAIMS -> table(workbook, cells, step, claimRows(), progress);
            case LINES -> ledgerExport.writeSheet(workbook, cells, sheetName(step), progress);
            case ASSESSMENTS -> table(workbook, cells, step, assessmentRows(), progress);
            case ACTIONS -> table(workbook, cells, step, actionRows(), progress);
            case EQUALITY -> peopleExport.writeEqualitySheet(workbook, cells, sheetName(step), progress);
        }
    }

    /** Reports a step's own progress as part of the whole, named by its sheet. */
    private Progress part(Progress whole, int index, int steps, Step step) {
        String name = step == Step.MEETINGS ? messages.text("exportAll.step.MEETINGS") : sheetName(step);
        String message = messages.text("exportAll.progress.step", index + 1, steps, name);
        return new Progress() {
            @Override
            public void update(long done, long total, String ignored) {
                long within = total > 0 ? Math.min(PART, done * PART / total) : 0;
                whole.update(index * PART + within, steps * PART, message);
            }

            @Override
            public boolean isCancelRequested() {
                return whole.isCancelRequested();
            }
        };
    }

    private String sheetName(Step step) {
        return messages.text("exportAll.sheet." + step.name());
    }

    private List<Object> headings(Step step, String... names) {
        List<Object> row = new ArrayList<>();
        for (String name : names) {
            row.add(messages.text("exportAll.column." + step.name() + "." + name));
        }
        return row;
    }

    private String label(Labelled choice) {
        return choice == null ? null : messages.text(choice.labelKey());
    }

    private List<List<Object>> consentRows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(headings(Step.CONSENT, "PERSON", "PURPOSE", "GIVEN_ON", "METHOD", "WORDING", "WITHDRAWN_ON"));
        for (Person person : people.all()) {
            List<Consent> consents = people.find(person.id()).map(PersonDetails::consents).orElse(List.of());
            for (Consent c : consents) {
                rows.add(Arrays.asList(person.displayName(), label(c.purpose()), c.givenOn(), label(c.method()),
                        c.wordingVersion(), c.withdrawnOn()));
            }
        }
        return rows;
    }

    private List<List<Object>> needsRows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(headings(Step.NEEDS, "PERSON", "NEEDS", "OTHER_NEEDS", "PREFERRED_TIMES"));
        for (Person person : people.all()) {
            if (person.hasAccessNeeds()) {
                rows.add(Arrays.asList(person.displayName(),
                        person.needs().stream().map(this::label).collect(Collectors.joining("; ")),
                        person.otherNeeds(), person.preferredTimes()));
            }
        }
        return rows;
    }

    private List<List<Object>> claimRows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(headings(Step.CLAIMS, "CLAIM", "PERSON", "ACTIVITY", "ACTIVITY_DATE", "STATUS", "OWED",
                "PAID_BY_ORGANISATION", "PAID_ON"));
        for (ClaimSummary c : claims.list(ClaimFilter.ALL)) {
            rows.add(Arrays.asList(c.id(), c.personName(), c.activity(), c.activityDate(), label(c.status()),
                    c.owed(), c.paidByOrganisation(), c.paidOn()));
        }
        return rows;
    }

    private List<List<Object>> assessmentRows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(headings(Step.ASSESSMENTS, "HELD_ON", "TITLE", "STATUS", "PARTICIPANTS", "AGREED", "STATEMENTS"));
        for (AssessmentSummary a : assessments.list()) {
            rows.add(Arrays.asList(a.heldOn(), a.title(), label(a.status()), (long) a.participants(),
                    (long) a.agreed(), (long) a.indicators()));
        }
        return rows;
    }

    /** Each assessment's actions as its own export lists them, after the assessment's date and title. */
    private List<List<Object>> actionRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (AssessmentSummary a : assessments.list()) {
            List<List<Object>> actions = assessmentExport.actionRows(a.id());
            if (rows.isEmpty()) {
                List<Object> header = headings(Step.ACTIONS, "HELD_ON", "ASSESSMENT");
                header.addAll(actions.getFirst());
                rows.add(header);
            }
            for (List<Object> action : actions.subList(1, actions.size())) {
                List<Object> row = new ArrayList<>(Arrays.asList(a.heldOn(), a.title()));
                row.addAll(action);
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            rows.add(headings(Step.ACTIONS, "HELD_ON", "ASSESSMENT"));
        }
        return rows;
    }

    /** A sheet of headings then rows of numbers, amounts, dates or text, with a frozen header and filters. */
    private void table(Workbook workbook, SheetCells cells, Step step, List<List<Object>> rows, Progress progress) {
        Sheet sheet = workbook.createSheet(sheetName(step));
        List<Object> headings = rows.getFirst();
        int[] widths = new int[headings.size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < headings.size(); c++) {
            widths[c] = cells.header(header.createCell(c), headings.get(c).toString()) + 3;
        }
        int total = rows.size() - 1;
        for (int r = 1; r <= total; r++) {
            if (r % 250 == 1) {
                if (progress.isCancelRequested()) {
                    throw new CancellationException("Stopped on request");
                }
                progress.update(r - 1, total, "");
            }
            Row row = sheet.createRow(r);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size() && c < widths.length; c++) {
                widths[c] = Math.max(widths[c], cells.value(row.createCell(c), values.get(c)));
            }
        }
        progress.update(total, total, "");
        SheetCells.finishTable(sheet, total, widths, MIN_WIDTH, MAX_WIDTH);
    }
}
