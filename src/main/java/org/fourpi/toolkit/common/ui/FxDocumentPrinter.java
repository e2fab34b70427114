package org.fourpi.toolkit.common.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import javafx.print.PageLayout;
import javafx.print.PageRange;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Prints a PDF through a JavaFX print job the person set up in the print dialog: each page is drawn as a
 * picture at {@value #DOTS_PER_INCH} dots per inch and scaled to fit the printable area, keeping its shape.
 * The pictures are never part of a scene on screen, so JavaFX lets this run away from its own thread.
 */
final class FxDocumentPrinter implements DocumentPrinter {

    static final int DOTS_PER_INCH = 150;

    private final PrinterJob job;

    FxDocumentPrinter(PrinterJob job) {
        this.job = job;
    }

    @Override
    public int print(byte[] pdf, Progress progress) throws IOException {
        boolean ended = false;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<Integer> pages = chosenPages(document.getNumberOfPages(), job.getJobSettings().getPageRanges());
            PageLayout layout = job.getJobSettings().getPageLayout();
            int printed = 0;
            for (int page : pages) {
                if (progress.isCancelRequested()) {
                    throw new CancellationException("Stopped on request");
                }
                progress.update(printed, pages.size(), "");
                ImageView picture = new ImageView(toFxImage(renderer.renderImageWithDPI(page, DOTS_PER_INCH,
                        ImageType.RGB)));
                picture.setPreserveRatio(true);
                picture.setSmooth(true);
                picture.setFitWidth(layout.getPrintableWidth());
                picture.setFitHeight(layout.getPrintableHeight());
                if (!job.printPage(layout, picture)) {
                    throw new IOException("The printer did not take page " + (page + 1));
                }
                printed++;
            }
            progress.update(printed, pages.size(), "");
            if (!job.endJob()) {
                throw new IOException("The print job could not be finished");
            }
            ended = true;
            return printed;
        } finally {
            if (!ended) {
                job.cancelJob();
            }
        }
    }

    @Override
    public void abandon() {
        job.cancelJob();
    }

    /** The pages (counted from 0) the print dialog asked for, or every page when it asked for none. */
    static List<Integer> chosenPages(int pageCount, PageRange[] ranges) {
        List<Integer> pages = new ArrayList<>();
        if (ranges == null || ranges.length == 0) {
            for (int page = 0; page < pageCount; page++) {
                pages.add(page);
            }
            return pages;
        }
        for (PageRange range : ranges) {
            for (int page = Math.max(1, range.getStartPage()); page <= Math.min(pageCount, range.getEndPage()); page++) {
                if (!pages.contains(page - 1)) {
                    pages.add(page - 1);
                }
            }
        }
        return pages;
    }

    private static WritableImage toFxImage(BufferedImage page) {
        int width = page.getWidth();
        int height = page.getHeight();
        int[] pixels = page.getRGB(0, 0, width, height, null, 0, width);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return image;
    }
}
