package org.fourpi.toolkit.assessment;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fourpi.toolkit.common.pdf.PdfDocuments;
import org.fourpi.toolkit.common.ui.Messages;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Writes one person's response form on paper, as an A4 PDF: the same top and statements as the
 * workbook, with a tick box for each answer and room for a comment, in regular or large print.
 */
public final class ResponseFormPdfService {

    /** Type sizes: regular print, and large print at 16 point as the meeting pack uses. */
    private record Sizes(int title, int heading, int body, int small, int perRow) {
    }

    private static final Sizes REGULAR = new Sizes(20, 14, 11, 10, 4);
    private static final Sizes LARGE = new Sizes(28, 20, 16, 16, 2);

    private final ResponseFormService forms;
    private final Messages messages;

    public ResponseFormPdfService(ResponseFormService forms, Messages messages) {
        this.forms = forms;
        this.messages = messages;
    }

    /**
     * Writes the paper form for one participant, replacing any file of that name.
     *
     * @throws UncheckedIOException when the file cannot be written; no half-written file is left
     */
    public void write(long assessmentId, long participantId, boolean largePrint, Path file) {
        ResponseForm form = forms.form(assessmentId, participantId);
        PdfDocuments.write(file, ".response-form-", out -> writeDocument(form, largePrint ? LARGE : REGULAR, out));
    }

    private void writeDocument(ResponseForm form, Sizes size, OutputStream out) {
        Font title = new Font(Font.HELVETICA, size.title(), Font.BOLD);
        Font heading = new Font(Font.HELVETICA, size.heading(), Font.BOLD);
        Font body = new Font(Font.HELVETICA, size.body(), Font.NORMAL);
        Font bold = new Font(Font.HELVETICA, size.body(), Font.BOLD);
        Font hint = new Font(Font.HELVETICA, size.small(), Font.ITALIC);
        Font footer = new Font(Font.HELVETICA, size.small(), Font.NORMAL);
        String person = form.participant().name();
        String titleText = messages.text("assessment.forms.sheet.title");
        Document document = PdfDocuments.openA4(out, titleText + " - " + person, form.organisation(),
                new HeaderFooter(new Phrase(messages.text("assessment.forms.pdf.page", person) + " ", footer), true),
                messages);

        if (!form.organisation().isEmpty()) {
            document.add(new Paragraph(form.organisation(), heading));
        }
        Paragraph top = new Paragraph(titleText, title);
        top.setSpacingAfter(size.body() / 2f);
        document.add(top);
        document.add(new Paragraph(messages.text("assessment.forms.sheet.assessment", form.assessment().title()), body));
        Paragraph name = new Paragraph(messages.text("assessment.forms.pdf.name", person), bold);
        name.setSpacingBefore(size.body() / 2f);
        document.add(name);

        document.add(spaced(new Paragraph(messages.text("assessment.forms.sheet.howHeading"), heading), size));
        document.add(new Paragraph(messages.text("assessment.forms.pdf.how1"), body));
        document.add(new Paragraph(messages.text("assessment.forms.pdf.how2"), body));
        String facilitator = form.assessment().facilitator() == null ? "" : form.assessment().facilitator().strip();
        document.add(new Paragraph(facilitator.isEmpty() ? messages.text("assessment.forms.pdf.sendBack")
                : messages.text("assessment.forms.pdf.sendBackTo", facilitator), body));

        document.add(spaced(new Paragraph(messages.text("assessment.forms.sheet.scaleHeading"), heading), size));
        for (ScaleEntry entry : form.framework().scale()) {
            Paragraph line = new Paragraph();
            line.add(new Phrase(ResponseFormWorkbook.answerLabel(entry) + ": ", bold));
            line.add(new Phrase(entry.description(), body));
            document.add(line);
        }

        List<String> choices = ResponseFormWorkbook.answerLabels(form.framework());
        for (Area area : form.framework().areas()) {
            for (IndicatorGroup group : area.groups()) {
                if (group.indicators().isEmpty()) {
                    continue;
                }
                boolean firstInGroup = true;
                for (Indicator indicator : group.indicators()) {
                    List<Element> parts = new ArrayList<>();
                    if (firstInGroup) {
                        parts.add(spaced(new Paragraph(group.isPart() ? area.name() + ": " + group.name()
                                : group.name(), heading), size));
                        firstInGroup = false;
                    }
                    parts.add(new Paragraph(indicator.statement(), bold));
                    if (indicator.hint() != null && !indicator.hint().isBlank()) {
                        parts.add(new Paragraph(indicator.hint(), hint));
                    }
                    parts.add(PdfDocuments.tickBoxes(choices, size.perRow(), body, size.body(), 8));
                    Paragraph comment = new Paragraph(messages.text("assessment.forms.pdf.comment"), body);
                    comment.setSpacingBefore(size.body() / 3f);
                    parts.add(comment);
                    parts.add(commentSpace(size));
                    document.add(PdfDocuments.together(parts, size.body()));
                }
            }
        }
        document.add(PdfDocuments.together(List.of(new Paragraph(messages.text("assessment.forms.pdf.thanks"), bold)),
                size.body()));
        document.close();
    }

    private static Paragraph spaced(Paragraph paragraph, Sizes size) {
        paragraph.setSpacingBefore(size.body());
        paragraph.setSpacingAfter(size.body() / 3f);
        return paragraph;
    }

    private static PdfPTable commentSpace(Sizes size) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        PdfPCell space = PdfDocuments.cell("", new Font(Font.HELVETICA, size.body()), Element.ALIGN_LEFT);
        space.setFixedHeight(size.body() * 3.5f);
        table.addCell(space);
        return table;
    }
}
