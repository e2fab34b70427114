package org.fourpi.toolkit.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fourpi.toolkit.common.ui.DocumentPrinter;
import org.fourpi.toolkit.common.ui.Progress;
import org.openpdf.text.pdf.PdfReader;

/** A {@link DocumentPrinter} that prints nothing: it keeps a copy of the PDF it was given and counts its pages. */
public final class RecordingPrinter implements DocumentPrinter {

    private final Path copy;
    private int pagesPrinted = -1;
    private boolean abandoned;

    /** @param copy where to keep a copy of the PDF that would have been printed */
    public RecordingPrinter(Path copy) {
        this.copy = copy;
    }

    @Override
    public int print(Path pdf, Progress progress) throws IOException {
        Files.copy(pdf, copy);
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            int pages = reader.getNumberOfPages();
            for (int page = 0; page < pages; page++) {
                progress.update(page, pages, "");
            }
            pagesPrinted = pages;
            return pages;
        } finally {
            reader.close();
        }
    }

    @Override
    public void abandon() {
        abandoned = true;
    }

    /** The pages sent to the printer, or -1 when nothing was printed. */
    public int pagesPrinted() {
        return pagesPrinted;
    }

    public boolean abandoned() {
        return abandoned;
    }

    public Path copy() {
        return copy;
    }
}
