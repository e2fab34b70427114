package org.fourpi.toolkit.payments;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.fourpi.toolkit.common.pdf.PdfDocuments;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Writes a person's statement for a tax year as a plain A4 PDF to give or send them: who it is from,
 * who it is for, the year, each line, the totals in words, and a sentence on fees and tax.
 */
public final class PaymentStatementPdfService {

    private final Messages messages;
    private final StatementWords words;
    private final Supplier<String> organisationName;
    private final Clock clock;

    /** @param organisationName the organisation's name from its profile, or empty when not given */
    public PaymentStatementPdfService(Messages messages, Supplier<String> organisationName, Clock clock) {
        this.messages = messages;
        this.words = new StatementWords(messages);
        this.organisationName = organisationName;
        this.clock = clock;
    }

    /**
     * Writes the statement to a PDF file, replacing any file of that name.
     *
     * @throws UncheckedIOException when the file cannot be written (open in another program, or a folder
     *                              that cannot be written to); no half-written file is left
     */
    public void write(PaymentStatement statement, Path file, Progress progress) {
        progress.update(0, 1, messages.text("payments.statement.progress.pdf"));
        String organisation = organisationName.get();
        PdfDocuments.write(file, ".statement-",
                out -> writeDocument(statement, organisation == null ? "" : organisation.strip(), out));
        progress.update(1, 1, messages.text("payments.statement.progress.pdf"));
    }

    private void writeDocument(PaymentStatement statement, String organisation, OutputStream out) {
        Font title = new Font(Font.HELVETICA, 18, Font.BOLD);
        Font heading = new Font(Font.HELVETICA, 12, Font.BOLD);
        Font body = new Font(Font.HELVETICA, 11, Font.NORMAL);
        Font small = new Font(Font.HELVETICA, 9, Font.NORMAL);
        Font smallBold = new Font(Font.HELVETICA, 9, Font.BOLD);

        String titleText = messages.text("payments.statement.pdf.title");
        Document document = PdfDocuments.openA4(out,
                titleText + " - " + statement.personName() + " - " + statement.taxYear().label(), organisation,
                new HeaderFooter(new Phrase(messages.text("payments.statement.pdf.page") + " ", small), true),
                messages);

        if (!organisation.isEmpty()) {
            document.add(new Paragraph(organisation, heading));
        }
        Paragraph top = new Paragraph(titleText, title);
        top.setSpacingAfter(8);
        document.add(top);
        document.add(new Paragraph(messages.text("payments.statement.pdf.for", statement.personName()), body));
        document.add(new Paragraph(messages.text("payments.statement.pdf.taxYear",
                words.year(statement.taxYear())), body));
        document.add(new Paragraph(messages.text("payments.statement.pdf.made",
                words.longDay(LocalDate.now(clock))), body));
        Paragraph basis = new Paragraph(words.basis(statement.taxYear()), small);
        basis.setSpacingBefore(6);
        basis.setSpacingAfter(10);
        document.add(basis);

        if (statement.isEmpty()) {
            document.add(new Paragraph(messages.text("payments.statement.empty"), body));
        } else {
            document.add(table(statement, small, smallBold));
        }

        Paragraph totalsHeading = new Paragraph(messages.text("payments.statement.pdf.totals"), heading);
        totalsHeading.setSpacingBefore(14);
        totalsHeading.setSpacingAfter(4);
        document.add(totalsHeading);
        for (String sentence : words.totals(statement)) {
            Paragraph line = new Paragraph(sentence, body);
            line.setSpacingAfter(2);
            document.add(line);
        }
        Paragraph note = new Paragraph(words.taxNote(), body);
        note.setSpacingBefore(12);
        document.add(note);
        document.close();
    }

    private PdfPTable table(PaymentStatement statement, Font font, Font bold) {
        PdfPTable table = new PdfPTable(7);
        table.setWidthPercentage(100);
        table.setWidths(new int[] {13, 19, 26, 10, 10, 11, 13});
        table.setHeaderRows(1);
        List<String> headings = List.of("date", "activity", "whatFor", "quantity", "amount", "status", "paidOn");
        for (String key : headings) {
            table.addCell(PdfDocuments.headingCell(messages.text("payments.statement.column." + key), bold,
                    key.equals("amount") ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
        }
        for (LedgerLine line : statement.lines()) {
            StatementWords.Line text = words.line(line);
            table.addCell(PdfDocuments.cell(text.date(), font, Element.ALIGN_LEFT));
            table.addCell(PdfDocuments.cell(text.activity(), font, Element.ALIGN_LEFT));
            table.addCell(PdfDocuments.cell(text.whatFor(), font, Element.ALIGN_LEFT));
            table.addCell(PdfDocuments.cell(text.quantity(), font, Element.ALIGN_LEFT));
            table.addCell(PdfDocuments.cell(text.amount(), font, Element.ALIGN_RIGHT));
            table.addCell(PdfDocuments.cell(text.status(), font, Element.ALIGN_LEFT));
            table.addCell(PdfDocuments.cell(text.paidOn(), font, Element.ALIGN_LEFT));
        }
        return table;
    }
}
