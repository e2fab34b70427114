package org.fourpi.toolkit.glossary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.fourpi.toolkit.common.files.FileSignature;
import org.fourpi.toolkit.common.pdf.PdfSafety;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** Reads the words of a PDF, page by page, so that attached papers can be checked for jargon. */
public final class PdfText {

    /** Papers are kept up to 20 MB; nothing larger is read whole into memory. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private PdfText() {
    }

    /**
     * The text of each page, the first page first. Pages that are pictures only give empty text.
     *
     * @throws UnreadablePdfException when the file is damaged, locked with a password or not a PDF
     * @throws IOException            when the file cannot be read at all
     */
    public static List<String> pages(Path file) throws IOException {
        if (!FileSignature.isOrdinaryFile(file)) {
            throw new UnreadablePdfException(file.getFileName() + " is not a file that can be read as a PDF.", null);
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new UnreadablePdfException(file.getFileName() + " is too large to be checked.", null);
        }
        return pages(Files.readAllBytes(file), String.valueOf(file.getFileName()));
    }

    /** The text of each page of a PDF held in memory; {@code name} names it in problems. */
    public static List<String> pages(byte[] bytes, String name) throws IOException {
        if (PdfSafety.isLocked(bytes)) {
            throw new UnreadablePdfException(name + " is locked with a password.", null);
        }
        PdfReader reader;
        try {
            reader = new PdfReader(bytes);
        } catch (IOException | RuntimeException | LinkageError e) {
            throw new UnreadablePdfException(name + " could not be read as a PDF; it may be damaged.", e);
        }
        try {
            var problem = PdfSafety.check(reader);
            if (problem.isPresent()) {
                throw new UnreadablePdfException(name + (problem.get() == PdfSafety.Problem.LOCKED
                        ? " is locked with a password." : " could not be read as a PDF: it unpacks to far more "
                        + "data than a paper needs."), null);
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
