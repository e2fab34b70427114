package org.fourpi.toolkit.common.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * What the program's PDFs (statements, claim forms, meeting packs) share: an A4 page, its details, its
 * footer, its cells, tick boxes and parts kept on one page.
 */
public final class PdfDocuments {

    public static final int MARGIN = 50;
    public static final Color HEADER_FILL = new Color(230, 230, 230);
    public static final Color RULE = new Color(160, 160, 160);

    /** What writes a document's content into the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private PdfDocuments() {
    }

    /**
     * Writes a PDF file, replacing any file of that name; a failed write leaves nothing behind.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(Path file, String tempPrefix, Content content) {
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
    public static Document openA4(OutputStream out, String title, String organisation, HeaderFooter footer,
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
    public static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        cell.setBorderColor(RULE);
        return cell;
    }

    /** A table heading cell: the text on a light grey fill that still reads when printed in black and white. */
    public static PdfPCell headingCell(String text, Font font, int alignment) {
        PdfPCell cell = cell(text, font, alignment);
        cell.setBackgroundColor(HEADER_FILL);
        return cell;
    }

    /**
     * Adds a tick box and its words to a table of box-and-words column pairs; a null choice fills the
     * rest of a row with nothing.
     *
     * @param box the side of the square
     * @param gap the space between the square and its words
     */
    public static void addTickBox(PdfPTable table, String choice, Font font, float box, float gap) {
        PdfPCell square;
        PdfPCell words;
        if (choice != null) {
            PdfPTable outline = new PdfPTable(1);
            outline.setWidthPercentage(100);
            PdfPCell inside = new PdfPCell(new Phrase(""));
            inside.setFixedHeight(box);
            inside.setBorderColor(Color.BLACK);
            inside.setBorderWidth(1.2f);
            outline.addCell(inside);
            square = new PdfPCell(outline);
            words = new PdfPCell(new Phrase(choice, font));
        } else {
            square = new PdfPCell(new Phrase(""));
            words = new PdfPCell(new Phrase(""));
        }
        square.setBorder(Rectangle.NO_BORDER);
        square.setPadding(3);
        square.setPaddingLeft(0);
        square.setPaddingRight(gap);
        table.addCell(square);
        words.setBorder(Rectangle.NO_BORDER);
        words.setVerticalAlignment(Element.ALIGN_MIDDLE);
        words.setPaddingLeft(2);
        table.addCell(words);
    }

    /**
     * Squares to tick, each followed by its words, {@code perRow} to a row across the page between the
     * margins; the last row is filled out with nothing.
     *
     * @param bodySize the size of the words; the squares are a little larger
     * @param gap      the space between a square and its words
     */
    public static PdfPTable tickBoxes(List<String> choices, int perRow, Font font, float bodySize, float gap) {
        float box = bodySize + 4;
        float room = (PageSize.A4.getWidth() - 2 * MARGIN) / perRow - box - gap;
        float[] widths = new float[perRow * 2];
        for (int i = 0; i < perRow; i++) {
            widths[2 * i] = box + gap;
            widths[2 * i + 1] = room;
        }
        PdfPTable table = new PdfPTable(widths.length);
        table.setTotalWidth(widths);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(bodySize / 3f);
        int cells = choices.size() + (perRow - choices.size() % perRow) % perRow;
        for (int i = 0; i < cells; i++) {
            addTickBox(table, i < choices.size() ? choices.get(i) : null, font, box, gap);
        }
        return table;
    }

    /** Elements kept on one page, such as a heading and what it heads, or a question and its answer space. */
    public static PdfPTable together(List<? extends Element> elements, float spacingBefore) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(spacingBefore);
        table.setKeepTogether(true);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        elements.forEach(cell::addElement);
        table.addCell(cell);
        return table;
    }
}
