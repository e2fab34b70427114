package org.fourpi.toolkit.glossary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** Reads the words of a PDF, page by page, so that attached papers can be checked for jargon. */
public final class PdfText {

    private PdfText() {
    }

    /**
     * The text of each page, the first page first. Pages that are pictures only give empty text.
     *
     * @throws UnreadablePdfException when the file is damaged, locked with a password or not a PDF
     * @throws IOException            when the file cannot be read at all
     */
    public static List<String> pages(Path file) throws IOException {
        return pages(Files.readAllBytes(file), String.valueOf(file.getFileName()));
    }

    /** The text of each page of a PDF held in memory; {@code name} names it in problems. */
    public static List<String> pages(byte[] bytes, String name) throws IOException {
        PdfReader reader;
        try {
            reader = new PdfReader(bytes);
        } catch (IOException | RuntimeException e) {
            throw new UnreadablePdfException(name + " could not be read as a PDF; it may be damaged.", e);
        }
        try {
            if (reader.isEncrypted()) {
                throw new UnreadablePdfException(name + " is locked with a password.", null);
            }
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            return pages;
        } catch (UnreadablePdfException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadablePdfException(name + " could not be read as a PDF; it may be damaged.", e);
        } finally {
            reader.close();
        }
    }

    /**
     * The pages as pieces for {@link JargonChecker}, each named by the caller from its page number
     * (from 1), for example {@code page -> "Paper: budget.pdf page " + page}.
     */
    public static List<TextPiece> pieces(Path file, IntFunction<String> whereForPage) throws IOException {
        return pieces(pages(file), whereForPage);
    }

    /** As {@link #pieces(Path, IntFunction)}, for a PDF held in memory; {@code name} names it in problems. */
    public static List<TextPiece> pieces(byte[] bytes, String name, IntFunction<String> whereForPage)
            throws IOException {
        return pieces(pages(bytes, name), whereForPage);
    }

    private static List<TextPiece> pieces(List<String> pages, IntFunction<String> whereForPage) {
        List<TextPiece> pieces = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            pieces.add(new TextPiece(whereForPage.apply(i + 1), pages.get(i)));
        }
        return pieces;
    }
}
