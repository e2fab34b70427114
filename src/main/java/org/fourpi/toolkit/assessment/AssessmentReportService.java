package org.fourpi.toolkit.assessment;

import java.awt.Color;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import org.fourpi.toolkit.common.pdf.PdfDocuments;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * An assessment's report as a plain A4 PDF for trustees and funders: a cover with who took part (in
 * counts only, never names, apart from the facilitator), what the 4PI standards are, the averages per
 * area with a radar chart, the strongest and weakest statements, where views differ, progress since the
 * previous assessment of the same scope, and the actions agreed. Every page is numbered.
 */
public final class AssessmentReportService {

    private static final Color CURRENT = new Color(31, 94, 160);
    private static final Color EARLIER = new Color(90, 90, 90);
    private static final Color GRID = new Color(190, 190, 190);
    private static final float CHART_HEIGHT = 280;

    private final Messages messages;
    private final AssessmentService assessments;
    private final Supplier<String> organisationName;
    private final Clock clock;
    private final AssessmentResultsWords words;

    /** @param organisationName the organisation's name from its profile, or empty when not given */
    public AssessmentReportService(Messages messages, AssessmentService assessments, Supplier<String> organisationName,
                                   Clock clock) {
        this.messages = messages;
        this.assessments = assessments;
        this.organisationName = organisationName;
        this.clock = clock;
        this.words = new AssessmentResultsWords(messages);
    }

    /**
     * Writes the report of one assessment to a PDF file, replacing any file of that name.
     *
     * @throws IllegalArgumentException when there is no such assessment
     * @throws UncheckedIOException     when the file cannot be written; no half-written file is left
     * @throws CancellationException    when the progress asked to stop before writing began
     */
    public void write(long assessmentId, Path file, Progress progress) {
        progress.update(0, 2, messages.text("assessment.report.progress"));
        AssessmentResults results = assessments.results(assessmentId);
        Answers answers = assessments.answers(assessmentId);
        Framework framework = assessments.frameworkOf(results.assessment());
        String organisation = organisationName.get() == null ? "" : organisationName.get().strip();
        if (progress.isCancelRequested()) {
            throw new CancellationException("Stopped on request");
        }
        progress.update(1, 2, messages.text("assessment.report.progress"));
        PdfDocuments.write(file, ".assessment-report-",
                out -> writeDocument(results, answers, framework, organisation, out));
        progress.update(2, 2, messages.text("assessment.report.progress"));
    }

    private record Fonts(Font title, Font heading, Font body, Font bold, Font small) {
    }

    private void writeDocument(AssessmentResults results, Answers answers, Framework framework, String organisation,
                               OutputStream out) {
        Fonts f = new Fonts(new Font(Font.HELVETICA, 22, Font.BOLD), new Font(Font.HELVETICA, 15, Font.BOLD),
                new Font(Font.HELVETICA, 12, Font.NORMAL), new Font(Font.HELVETICA, 12, Font.BOLD),
                new Font(Font.HELVETICA, 10, Font.NORMAL));
        Assessment a = results.assessment();
        String title = messages.text("assessment.report.title");
        Document document = PdfDocuments.openA4(out, title + " - " + a.title(), organisation,
                new HeaderFooter(new Phrase(messages.text("assessment.report.page") + " ", f.small()), true),
                messages);

        // The cover.
        if (!organisation.isEmpty()) {
            document.add(spaced(new Paragraph(organisation, f.heading()), 0, 6));
        }
        document.add(spaced(new Paragraph(title, f.title()), 60, 16));
        document.add(spaced(new Paragraph(a.title(), f.heading()), 0, 20));
        line(document, "assessment.report.heldOn", words.longDay(a.heldOn()), f);
        line(document, "assessment.report.scope", words.scope(a), f);
        line(document, "assessment.report.status", messages.text(a.status().labelKey()), f);
        if (!a.facilitator().isBlank()) {
            line(document, "assessment.report.facilitator", a.facilitator(), f);
        }
        line(document, "assessment.report.tookPart", words.whoTookPart(a), f);
        line(document, "assessment.report.mode", messages.text(a.mode().labelKey()), f);
        line(document, "assessment.report.made", words.longDay(LocalDate.now(clock)), f);

        document.add(heading(messages.text("assessment.report.what.heading"), f, 30));
        document.add(spaced(new Paragraph(messages.text("assessment.report.what.text"), f.body()), 0, 6));
        document.add(spaced(new Paragraph(messages.text("assessment.report.what.scale"), f.body()), 0, 6));
        document.add(new Paragraph(messages.text("assessment.report.what.source", framework.source()), f.small()));

        // The summary.
        document.newPage();
        document.add(heading(messages.text("assessment.report.summary.heading"), f, 0));
        document.add(spaced(new Paragraph(words.overall(results), f.body()), 0, 8));
        document.add(summaryTable(results, framework, f));
        document.add(heading(messages.text("assessment.report.chart.heading"), f, 16));
        document.add(chart(results, f));
        document.add(spaced(new Paragraph(words.radar(results), f.small()), 4, 0));

        document.add(heading(messages.text("assessment.report.strongest"), f, 16));
        document.add(list(results.strongest().stream().map(r -> words.ranked(framework, r)).toList(),
                messages.text("assessment.results.nothingRated"), f));
        document.add(heading(messages.text("assessment.report.weakest"), f, 12));
        document.add(list(results.weakest().stream().map(r -> words.ranked(framework, r)).toList(),
                messages.text("assessment.results.nothingRated"), f));

        document.add(heading(messages.text("assessment.report.differences.heading"), f, 16));
        if (results.hasOwnRatings()) {
            document.add(viewpointTable(results, f));
        }
        List<String> differences = words.differences(results);
        document.add(list(differences, words.noDifferences(results), f));

        document.add(heading(messages.text("assessment.report.progress.heading"), f, 16));
        document.add(list(words.progress(results), "", f));
        if (results.previous().isPresent()) {
            List<String> up = words.moved(results, true);
            List<String> down = words.moved(results, false);
            document.add(spaced(new Paragraph(messages.text("assessment.results.movedUp.heading"), f.bold()), 8, 2));
            document.add(list(up, messages.text("assessment.results.moved.none"), f));
            document.add(spaced(new Paragraph(messages.text("assessment.results.movedDown.heading"), f.bold()), 8, 2));
            document.add(list(down, messages.text("assessment.results.moved.none"), f));
        }

        document.add(heading(messages.text("assessment.report.actions.heading"), f, 16));
        if (answers.actions().isEmpty()) {
            document.add(new Paragraph(messages.text("assessment.report.actions.none"), f.body()));
        } else {
            document.add(actionsTable(answers, f));
        }
        document.close();
    }

    private void line(Document document, String key, String value, Fonts f) {
        Paragraph p = new Paragraph();
        p.add(new Phrase(messages.text(key) + " ", f.bold()));
        p.add(new Phrase(value, f.body()));
        p.setSpacingAfter(4);
        document.add(p);
    }

    private static Paragraph heading(String text, Fonts f, float before) {
        return spaced(new Paragraph(text, f.heading()), before, 6);
    }

    private static Paragraph spaced(Paragraph p, float before, float after) {
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private static Element list(List<String> lines, String whenEmpty, Fonts f) {
        if (lines.isEmpty()) {
            return new Paragraph(whenEmpty, f.body());
        }
        org.openpdf.text.List list = new org.openpdf.text.List(false, 12);
        list.setListSymbol("\u2022");
        for (String line : lines) {
            ListItem item = new ListItem(line, f.body());
            item.setSpacingAfter(3);
            list.add(item);
        }
        return list;
    }

    private PdfPTable summaryTable(AssessmentResults results, Framework framework, Fonts f) {
        PdfPTable table = new PdfPTable(4);
        table.setWidthPercentage(100);
        table.setWidths(new int[] {40, 18, 18, 24});
        table.setHeaderRows(1);
        for (String key : List.of("area", "agreed", "previous", "changeWords")) {
            table.addCell(PdfDocuments.headingCell(messages.text("assessment.export.column." + key), f.bold(),
                    Element.ALIGN_LEFT));
        }
        for (GroupScore line : AssessmentResultsWords.summaryLines(results, framework)) {
            boolean part = framework.group(line.key()).map(IndicatorGroup::isPart).orElse(false);
            summaryRow(table, part ? messages.text("assessment.results.part", line.name()) : line.name(), line,
                    part ? f.body() : f.bold(), f);
        }
        summaryRow(table, messages.text("assessment.results.overallName"), results.overall(), f.bold(), f);
        return table;
    }

    private void summaryRow(PdfPTable table, String name, GroupScore score, Font nameFont, Fonts f) {
        table.addCell(PdfDocuments.cell(name, nameFont, Element.ALIGN_LEFT));
        table.addCell(PdfDocuments.cell(words.score(score.agreed()), f.body(), Element.ALIGN_LEFT));
        table.addCell(PdfDocuments.cell(score.before().isEmpty() ? "" : words.score(score.before()), f.body(),
                Element.ALIGN_LEFT));
        table.addCell(PdfDocuments.cell(words.change(score.change()), f.body(), Element.ALIGN_LEFT));
    }

    private PdfPTable viewpointTable(AssessmentResults results, Fonts f) {
        PdfPTable table = new PdfPTable(4);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(8);
        table.addCell(PdfDocuments.headingCell(messages.text("assessment.export.column.area"), f.bold(),
                Element.ALIGN_LEFT));
        for (Viewpoint v : Viewpoint.values()) {
            table.addCell(PdfDocuments.headingCell(messages.text(v.labelKey()), f.bold(), Element.ALIGN_LEFT));
        }
        for (GroupScore area : results.areas()) {
            table.addCell(PdfDocuments.cell(area.name(), f.bold(), Element.ALIGN_LEFT));
            for (Viewpoint v : Viewpoint.values()) {
                table.addCell(PdfDocuments.cell(words.score(area.viewpoint(v)), f.body(), Element.ALIGN_LEFT));
            }
        }
        return table;
    }

    private PdfPTable actionsTable(Answers answers, Fonts f) {
        PdfPTable table = new PdfPTable(4);
        table.setWidthPercentage(100);
        table.setWidths(new int[] {46, 20, 17, 17});
        table.setHeaderRows(1);
        for (String key : List.of("what", "who", "due", "status")) {
            table.addCell(PdfDocuments.headingCell(messages.text("assessment.export.column." + key), f.bold(),
                    Element.ALIGN_LEFT));
        }
        for (AssessmentAction action : answers.actions()) {
            table.addCell(PdfDocuments.cell(action.what(), f.body(), Element.ALIGN_LEFT));
            table.addCell(PdfDocuments.cell(action.who(), f.body(), Element.ALIGN_LEFT));
            table.addCell(PdfDocuments.cell(words.longDay(action.dueOn()), f.body(), Element.ALIGN_LEFT));
            table.addCell(PdfDocuments.cell(messages.text(action.status().labelKey()), f.body(), Element.ALIGN_LEFT));
        }
        return table;
    }

    /** The radar chart: one cell of the page's width, drawn with lines once its place is known. */
    private PdfPTable chart(AssessmentResults results, Fonts f) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        PdfPCell cell = new PdfPCell(new Phrase(""));
        cell.setFixedHeight(CHART_HEIGHT);
        cell.setBorder(Rectangle.NO_BORDER);
        String legendNow = messages.text("assessment.results.legend.current");
        String legendBefore = results.previous()
                .map(p -> messages.text("assessment.results.legend.previous", words.month(p.heldOn()))).orElse(null);
        cell.setCellEvent((c, position, canvases) -> drawRadar(canvases[PdfPTable.LINECANVAS], position, results,
                legendNow, legendBefore));
        table.addCell(cell);
        return table;
    }

    private void drawRadar(PdfContentByte cb, Rectangle box, AssessmentResults results, String legendNow,
                           String legendBefore) {
        BaseFont font;
        try {
            font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        List<GroupScore> areas = results.areas();
        int n = areas.size();
        float cx = box.getLeft() + box.getWidth() * 0.36f;
        float cy = box.getBottom() + box.getHeight() / 2f;
        float radius = Math.min(box.getHeight() / 2f - 30, box.getWidth() * 0.25f);
        cb.saveState();
        cb.setColorStroke(GRID);
        cb.setLineWidth(0.6f);
        for (int ring = 1; ring <= 5; ring++) {
            polygon(cb, cx, cy, radius * ring / 5f, n);
            cb.stroke();
        }
        for (int i = 0; i < n; i++) {
            float[] p = point(cx, cy, radius, i, n);
            cb.moveTo(cx, cy);
            cb.lineTo(p[0], p[1]);
        }
        cb.stroke();
        cb.beginText();
        cb.setColorFill(Color.BLACK);
        cb.setFontAndSize(font, 8);
        for (int ring = 1; ring <= 5; ring++) {
            cb.showTextAligned(Element.ALIGN_LEFT, String.valueOf(ring), cx + 2, cy + radius * ring / 5f + 1, 0);
        }
        cb.setFontAndSize(font, 10);
        for (int i = 0; i < n; i++) {
            float[] p = point(cx, cy, radius + 16, i, n);
            int align = Math.abs(p[0] - cx) < 5 ? Element.ALIGN_CENTER
                    : p[0] > cx ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;
            GroupScore area = areas.get(i);
            cb.showTextAligned(align, area.name() + " " + words.score(area.agreed()), p[0], p[1] - 3, 0);
        }
        cb.endText();
        if (results.previous().isPresent()) {
            cb.setColorStroke(EARLIER);
            cb.setLineWidth(1.4f);
            cb.setLineDash(4f, 3f, 0f);
            shape(cb, cx, cy, radius, areas, true);
            cb.stroke();
            cb.setLineDash(0f);
        }
        cb.setColorStroke(CURRENT);
        cb.setLineWidth(2.2f);
        shape(cb, cx, cy, radius, areas, false);
        cb.stroke();

        // The legend, to the right: a solid line for this assessment, a dashed one for the previous.
        float lx = box.getLeft() + box.getWidth() * 0.70f;
        float ly = box.getTop() - 40;
        cb.setColorStroke(CURRENT);
        cb.setLineWidth(2.2f);
        cb.moveTo(lx, ly + 3);
        cb.lineTo(lx + 24, ly + 3);
        cb.stroke();
        if (legendBefore != null) {
            cb.setColorStroke(EARLIER);
            cb.setLineWidth(1.4f);
            cb.setLineDash(4f, 3f, 0f);
            cb.moveTo(lx, ly - 15);
            cb.lineTo(lx + 24, ly - 15);
            cb.stroke();
            cb.setLineDash(0f);
        }
        cb.beginText();
        cb.setColorFill(Color.BLACK);
        cb.setFontAndSize(font, 9);
        cb.showTextAligned(Element.ALIGN_LEFT, legendNow, lx + 30, ly, 0);
        if (legendBefore != null) {
            cb.showTextAligned(Element.ALIGN_LEFT, legendBefore, lx + 30, ly - 18, 0);
        }
        cb.endText();
        cb.restoreState();
    }

    private static void shape(PdfContentByte cb, float cx, float cy, float radius, List<GroupScore> areas,
                              boolean before) {
        int n = areas.size();
        for (int i = 0; i < n; i++) {
            BigDecimal value = before ? areas.get(i).before().exact() : areas.get(i).agreed().exact();
            float r = value == null ? 0 : radius * value.floatValue() / 5f;
            float[] p = point(cx, cy, r, i, n);
            if (i == 0) {
                cb.moveTo(p[0], p[1]);
            } else {
                cb.lineTo(p[0], p[1]);
            }
        }
        cb.closePath();
    }

    private static void polygon(PdfContentByte cb, float cx, float cy, float r, int n) {
        for (int i = 0; i < n; i++) {
            float[] p = point(cx, cy, r, i, n);
            if (i == 0) {
                cb.moveTo(p[0], p[1]);
            } else {
                cb.lineTo(p[0], p[1]);
            }
        }
        cb.closePath();
    }

    /** A point on axis i of n, the first straight up, going clockwise. */
    private static float[] point(float cx, float cy, float r, int i, int n) {
        double angle = Math.PI / 2 - 2 * Math.PI * i / n;
        return new float[] {(float) (cx + r * Math.cos(angle)), (float) (cy + r * Math.sin(angle))};
    }
}
