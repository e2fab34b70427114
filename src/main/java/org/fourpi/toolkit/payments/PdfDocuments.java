package org.fourpi.toolkit.payments;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fourpi.toolkit.common.files.ReplacedFile;
import org.fourpi.toolkit.common.ui.Messages;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfWriter;

/** What the payment PDFs (statements, claim forms) share: an A4 page, its details, its footer and its cells. */
final class PdfDocuments {

    static final int MARGIN = 50;
    static final Color HEADER_FILL = new Color(230, 230, 230);
    static final Color RULE = new Color(160, 160, 160);

    /** What writes a document's content into the stream it is given. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private PdfDocuments() {
    }

    /**
     * Writes a PDF file, replacing any file of that name; a failed write leaves nothing behind.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    static void write(Path file, String tempPrefix, Content content) {
        try {
            ReplacedFile.write(file, tempPrefix, temp -> {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    content.writeTo(out);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts an A4 document in British English with its title, its author (the organisation, when
     * named) and a footer on every page, and opens it for content.
     */
    static Document openA4(OutputStream out, String title, String organisation, HeaderFooter footer,
                           Messages messages) {
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        if (!organisation.isEmpty()) {
            document.addAuthor(organisation);
        }
        document.addCreator(messages.text("app.name"));
        document.setDocumentLanguage("en-GB");
        footer.setAlignment(Element.ALIGN_CENTER);
        footer.setBorder(Rectangle.NO_BORDER);
        document.setFooter(footer);
        document.open();
        return document;
    }

    /** A table cell with a grey rule round it. */
    static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        cell.setBorderColor(RULE);
        return cell;
    }

    /** A table heading cell: the text on a light grey fill that still reads when printed in black and white. */
    static PdfPCell headingCell(String text, Font font, int alignment) {
        PdfPCell cell = cell(text, font, alignment);
        cell.setBackgroundColor(HEADER_FILL);
        return cell;
    }
}
