package org.fourpi.toolkit.security;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.fourpi.toolkit.common.pdf.PdfDocuments;
import org.fourpi.toolkit.common.ui.Messages;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;

/** The recovery sheet: one A4 page with the recovery code and what to do with it. */
public final class RecoverySheetPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Messages texts;

    public RecoverySheetPdf(Messages texts) {
        this.texts = texts;
    }

    /** Writes the sheet, replacing any file of that name. */
    public void write(Path pdf, String organisation, Path dataFolder, LocalDate made, char[] code) {
        PdfDocuments.write(pdf, ".recovery-", out -> writeTo(out, organisation, dataFolder, made, code));
    }

    /** The sheet as the bytes of a PDF, made in memory so that the code never lands in a file to print it. */
    public byte[] bytes(String organisation, Path dataFolder, LocalDate made, char[] code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTo(out, organisation, dataFolder, made, code);
        return out.toByteArray();
    }

    private void writeTo(OutputStream out, String organisation, Path dataFolder, LocalDate made, char[] code) {
        Font title = new Font(Font.HELVETICA, 18, Font.BOLD);
        Font heading = new Font(Font.HELVETICA, 13, Font.BOLD);
        Font body = new Font(Font.HELVETICA, 12, Font.NORMAL);
        Font codeFont = new Font(Font.COURIER, 20, Font.BOLD);
        Document document = PdfDocuments.openA4(out, texts.text("security.sheet.title"), organisation,
                new HeaderFooter(new Phrase(texts.text("security.sheet.footer"), body), false), texts);
        try {
            document.add(new Paragraph(texts.text("security.sheet.title"), title));
            if (!organisation.isEmpty()) {
                document.add(new Paragraph(texts.text("security.sheet.organisation", organisation), body));
            }
            document.add(new Paragraph(texts.text("security.sheet.folder", dataFolder.toString()), body));
            document.add(new Paragraph(texts.text("security.sheet.made", DATE.format(made)), body));
            Paragraph codeHeading = new Paragraph(texts.text("security.sheet.codeHeading"), heading);
            codeHeading.setSpacingBefore(18);
            document.add(codeHeading);
            Paragraph codeLine = new Paragraph(new String(code), codeFont);
            codeLine.setSpacingBefore(8);
            codeLine.setSpacingAfter(18);
            document.add(codeLine);
            document.add(new Paragraph(texts.text("security.sheet.whatToDoHeading"), heading));
            for (String key : new String[] {"security.sheet.step1", "security.sheet.step2", "security.sheet.step3",
                    "security.sheet.step4"}) {
                Paragraph step = new Paragraph(texts.text(key), body);
                step.setSpacingBefore(6);
                document.add(step);
            }
        } finally {
            document.close();
        }
    }
}
