package org.fourpi.toolkit.common.ui;

import java.io.IOException;

/**
 * One print job the person has already set up in the print dialog. It prints a PDF away from the JavaFX
 * thread, each page scaled to fit the printable area of the paper chosen. The PDF comes as bytes in
 * memory, so nothing with personal details is written to a temporary file to print it.
 */
public interface DocumentPrinter {

    /**
     * Prints the pages of a PDF (those chosen in the print dialog, or all), reporting each page as
     * {@code update(page, pages, "")}. A request to stop is honoured between pages; the job is then
     * cancelled and nothing more reaches the printer.
     *
     * @return the number of pages sent to the printer
     * @throws IOException                               when the PDF cannot be read or the printer refuses the job
     * @throws java.util.concurrent.CancellationException when the progress asked to stop
     */
    int print(byte[] pdf, Progress progress) throws IOException;

    /** Gives up the job without printing anything, for when the document could not be made. */
    void abandon();
}
