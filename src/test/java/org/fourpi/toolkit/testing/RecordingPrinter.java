package org.fourpi.toolkit.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import org.fourpi.toolkit.common.ui.DocumentPrinter;
import org.fourpi.toolkit.common.ui.Progress;
import org.openpdf.text.pdf.PdfReader;

/** A {@link DocumentPrinter} that prints nothing: it keeps a copy of the PDF it was given and counts its pages. */
public final class RecordingPrinter implements DocumentPrinter {

    private final Path copy;
    private int pagesPrinted = -1;
    private boolean abandoned;
    private Runnable beforeEachPage = () -> { };

    /** @param copy where to keep a copy of the PDF that would have been printed */
    public RecordingPrinter(Path copy) {
        this.copy = copy;
    }

    @Override
    public int print(byte[] pdf, Progress progress) throws IOException {
        Files.write(copy, pdf);
        PdfReader reader = new PdfReader(pdf);
        try {
            int pages = reader.getNumberOfPages();
            int printed = 0;
            for (int page = 0; page < pages; page++) {
                beforeEachPage.run();
                if (progress.isCancelRequested()) {
                    abandoned = true;
                    pagesPrinted = printed;
                    throw new CancellationException("Stopped on request");
                }
                progress.update(page, pages, "");
                printed++;
            }
            pagesPrinted = printed;
            return printed;
        } finally {
            reader.close();
        }
    }

    @Override
    public void abandon() {
        abandoned = true;
    }

    /** Runs before each page, as a person pressing Stop while the pack prints. */
    public RecordingPrinter beforeEachPage(Runnable action) {
        this.beforeEachPage = action;
        return this;
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
