package org.fourpi.toolkit.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fourpi.toolkit.common.files.ReplacedFile;
import org.fourpi.toolkit.common.spreadsheet.SheetCells;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;

/**
 * Writes an assessment's results to an Excel workbook: the summary per area, every statement's
 * ratings, the viewpoints side by side, the evidence with what the records showed when it was written,
 * the impact answers and the actions. Each sheet has a frozen bold header row with filters. Text is
 * never read as a formula. The file is written under a temporary name and moved into place when
 * complete, so a failed export never leaves half a file.
 */
public final class AssessmentExportService {

    /** The sheets, in order; their names are texts "assessment.export.sheet." + name. */
    enum SheetName { SUMMARY, RATINGS, PERSPECTIVES, EVIDENCE, IMPACT, ACTIONS }

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private final AssessmentService assessments;
    private final EvidenceSource evidence;
    private final Messages messages;
    private final AssessmentResultsWords words;

    public AssessmentExportService(AssessmentService assessments, EvidenceSource evidence, Messages messages) {
        this.assessments = assessments;
        this.evidence = evidence;
        this.messages = messages;
        this.words = new AssessmentResultsWords(messages);
    }

    /**
     * Writes one assessment to an .xlsx file, replacing any file of that name.
     *
     * @throws IllegalArgumentException when there is no such assessment
     * @throws UncheckedIOException     when the file cannot be written (for example, it is open in Excel)
     * @throws CancellationException    when the progress asked to stop; no file is left behind
     */
    public void export(long assessmentId, Path file, Progress progress) {
        int steps = SheetName.values().length + 1;
        progress.update(0, steps, messages.text("assessment.export.progress.reading"));
        AssessmentResults results = assessments.results(assessmentId);
        Answers answers = assessments.answers(assessmentId);
        Framework framework = assessments.frameworkOf(results.assessment());
        Map<EvidenceKind, List<String>> figures = evidence.figures();
        try {
            ReplacedFile.write(file, ".assessment-", temp -> {
                try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                    Book book = new Book(workbook, new SheetCells(workbook));
                    for (SheetName name : SheetName.values()) {
                        step(progress, name.ordinal() + 1, steps);
                        Sheet sheet = workbook.createSheet(messages.text("assessment.export.sheet." + name.name()));
                        List<List<Object>> rows = switch (name) {
                            case SUMMARY -> summary(results, framework);
                            case RATINGS -> ratings(results, answers, framework);
                            case PERSPECTIVES -> perspectives(results);
                            case EVIDENCE -> evidence(results, figures);
                            case IMPACT -> impact(results, answers, framework);
                            case ACTIONS -> actions(answers);
                        };
                        book.fill(sheet, rows);
                    }
                    try (OutputStream out = Files.newOutputStream(temp)) {
                        workbook.write(out);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.update(steps, steps, messages.text("assessment.export.progress.done"));
    }

    private void step(Progress progress, int done, int steps) {
        if (progress.isCancelRequested()) {
            throw new CancellationException("Stopped on request");
        }
        progress.update(done, steps, messages.text("assessment.export.progress.writing", done, steps));
    }

    /** Headings first, then rows of numbers, dates, text or nulls. */
    private static final class Book {

        private final SheetCells cells;
        private final CellStyle wrap;
        private final CellStyle wrapQuoted;

        Book(XSSFWorkbook workbook, SheetCells cells) {
            this.cells = cells;
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            wrapQuoted = workbook.createCellStyle();
            wrapQuoted.cloneStyleFrom(wrap);
            wrapQuoted.setQuotePrefixed(true);
        }

        void fill(Sheet sheet, List<List<Object>> rows) {
            int columns = rows.getFirst().size();
            int[] widths = new int[columns];
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns; c++) {
                widths[c] = cells.header(header.createCell(c), rows.getFirst().get(c).toString()) + 3;
            }
            for (int r = 1; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    int width = switch (values.get(c)) {
                        case null -> 0;
                        case Integer number -> cells.number(cell, number.longValue());
                        case BigDecimal number -> cells.number(cell, number);
                        case LocalDate date -> cells.date(cell, date);
                        case Object text -> text(cell, text.toString());
                    };
                    if (c < columns) {
                        widths[c] = Math.max(widths[c], width);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size() - 1, 1), 0, columns - 1));
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, Math.clamp(widths[c] + 1, MIN_WIDTH, MAX_WIDTH) * 256);
            }
        }

        /** Text, wrapped when it is long or has several lines. */
        private int text(Cell cell, String text) {
            int width = cells.text(cell, text);
            if (text.contains("\n") || width > MAX_WIDTH) {
                cell.setCellStyle(cell.getCellStyle().getQuotePrefixed() ? wrapQuoted : wrap);
            }
            return width;
        }
    }

    private List<Object> headings(String... keys) {
        List<Object> row = new ArrayList<>();
        for (String key : keys) {
            row.add(messages.text("assessment.export.column." + key));
        }
        return row;
    }

    private List<List<Object>> summary(AssessmentResults results, Framework framework) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(headings("area", "agreed", "rated", "previous", "change", "changeWords"));
        for (GroupScore line : AssessmentResultsWords.summaryLines(results, framework)) {
            boolean part = framework.group(line.key()).map(IndicatorGroup::isPart).orElse(false);
            rows.add(summaryRow(part ? messages.text("assessment.results.part", line.name()) : line.name(), line));
        }
        rows.add(summaryRow(messages.text("assessment.results.overallName"), results.overall()));
        return rows;
    }

    private List<Object> summaryRow(String name, GroupScore group) {
        List<Object> row = new ArrayList<>();
        row.add(name);
        row.add(group.agreed().average());
        row.add(group.agreed().rated());
        row.add(group.before().average());
        row.add(group.change());
        row.add(words.change(group.change()));
        return row;
    }

    private List<List<Object>> ratings(AssessmentResults results, Answers answers, Framework framework) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = headings("area", "part", "code", "statement", "agreed", "previous", "change",
                "priority");
        List<Participant> participants = results.assessment().participants();
        for (Participant p : participants) {
            header.add(messages.text("assessment.export.column.own", p.name(),
                    messages.text(p.perspective().labelKey())));
        }
        rows.add(header);
        for (IndicatorResult r : results.indicators()) {
            Indicator i = r.indicator();
            List<Object> row = new ArrayList<>();
            row.add(framework.area(i.areaCode()).map(Area::name).orElse(i.areaCode()));
            row.add(i.partCode() == null ? null : framework.group(i.partCode()).map(IndicatorGroup::name).orElse(""));
            row.add(i.code());
            row.add(i.statement());
            row.add(value(framework, r.agreed()));
            row.add(value(framework, r.before()));
            row.add(r.change());
            row.add(r.priority() ? messages.text("assessment.export.yes") : null);
            Map<Long, Rating> own = answers.ownRatingsOf(i.code());
            for (Participant p : participants) {
                row.add(value(framework, own.get(p.id())));
            }
            rows.add(row);
        }
        return rows;
    }

    /** A rating as its number, or its words for "don't know" and "not relevant here". */
    private static Object value(Framework framework, Rating rating) {
        if (rating == null) {
            return null;
        }
        return rating.isScore() ? (Object) rating.score().getAsInt() : framework.scale(rating).label();
    }

    private List<List<Object>> perspectives(AssessmentResults results) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = headings("areaOrStatement", "code");
        for (Viewpoint v : Viewpoint.values()) {
            header.add(messages.text(v.labelKey()));
        }
        header.addAll(headings("gap", "differ"));
        rows.add(header);
        for (GroupScore area : results.areas()) {
            List<Object> row = new ArrayList<>();
            row.add(area.name());
            row.add(null);
            for (Viewpoint v : Viewpoint.values()) {
                row.add(area.viewpoint(v).average());
            }
            row.add(null);
            row.add(null);
            rows.add(row);
        }
        for (IndicatorResult r : results.indicators()) {
            List<Object> row = new ArrayList<>();
            row.add(r.indicator().statement());
            row.add(r.indicator().code());
            for (Viewpoint v : Viewpoint.values()) {
                row.add(r.viewpoint(v).average());
            }
            row.add(r.spread());
            row.add(r.viewsDiffer() ? messages.text("assessment.export.differ") : null);
            rows.add(row);
        }
        if (!results.hasOwnRatings()) {
            rows.add(List.of(messages.text("assessment.results.together")));
        }
        return rows;
    }

    private List<List<Object>> evidence(AssessmentResults results, Map<EvidenceKind, List<String>> figures) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(headings("code", "statement", "evidence", "records"));
        for (IndicatorResult r : results.indicators()) {
            List<Object> row = new ArrayList<>();
            row.add(r.indicator().code());
            row.add(r.indicator().statement());
            row.add(r.evidence());
            EvidenceKind kind = r.indicator().evidence();
            row.add(kind == null ? null : String.join("\n", figures.getOrDefault(kind, List.of())));
            rows.add(row);
        }
        return rows;
    }

    private List<List<Object>> impact(AssessmentResults results, Answers answers, Framework framework) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(headings("code", "questionOrStatement", "answer"));
        for (IndicatorResult r : results.indicators()) {
            if (r.indicator().impactArea()) {
                rows.add(java.util.Arrays.asList(r.indicator().code(), r.indicator().statement(),
                        value(framework, r.agreed())));
            }
        }
        for (ImpactQuestion q : framework.impactQuestions()) {
            rows.add(java.util.Arrays.asList(q.code(), q.text(), answers.impactAnswers().getOrDefault(q.code(), "")));
        }
        return rows;
    }

    /**
     * An assessment's actions as the Actions sheet shows them: the headings first, then one row per
     * action of text, dates or nulls; for a workbook written with other registers.
     */
    public List<List<Object>> actionRows(long assessmentId) {
        return actions(assessments.answers(assessmentId));
    }

    private List<List<Object>> actions(Answers answers) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(headings("what", "who", "due", "status", "statements", "carried"));
        for (AssessmentAction a : answers.actions()) {
            rows.add(java.util.Arrays.asList(a.what(), a.who(), a.dueOn(), messages.text(a.status().labelKey()),
                    String.join(", ", a.indicators()),
                    a.carriedFrom() == null ? null : messages.text("assessment.export.yes")));
        }
        return rows;
    }
}
