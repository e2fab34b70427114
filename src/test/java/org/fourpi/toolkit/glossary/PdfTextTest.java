package org.fourpi.toolkit.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

class PdfTextTest {

    @TempDir Path temp;

    private Path paper(String... pages) throws Exception {
        Path file = temp.resolve("budget.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            Document document = new Document();
            PdfWriter.getInstance(document, out);
            document.open();
            for (int i = 0; i < pages.length; i++) {
                if (i > 0) {
                    document.newPage();
                }
                document.add(new Paragraph(pages[i]));
            }
            document.close();
        }
        return file;
    }

    @Test
    void readsTheTextOfEachPage() throws Exception {
        Path file = paper("The ICB budget for next year.", "Questions from the CMHT.");

        List<String> pages = PdfText.pages(file);

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).contains("The ICB budget for next year.");
        assertThat(pages.get(1)).contains("Questions from the CMHT.").doesNotContain("ICB");
    }

    @Test
    void namesEachPageForTheJargonCheck() throws Exception {
        Path file = paper("Cover page", "The PCN replied.");

        List<TextPiece> pieces = PdfText.pieces(file, page -> "Paper: budget.pdf page " + page);
        JargonReport report = JargonChecker.check(pieces, List.of());

        assertThat(report.unexplained()).containsExactly(
                new UnexplainedTerm("PCN", List.of(new Place("Paper: budget.pdf page 2", 1))));
    }

    @Test
    void refusesADamagedFile() throws Exception {
        Path file = paper("Whole text");
        byte[] bytes = Files.readAllBytes(file);
        Path damaged = temp.resolve("damaged.pdf");
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 3));

        assertThatThrownBy(() -> PdfText.pages(damaged)).isInstanceOf(UnreadablePdfException.class)
                .hasMessageContaining("damaged.pdf");
    }

    @Test
    void refusesAFileThatIsNotAPdf() throws Exception {
        Path notPdf = temp.resolve("notes.pdf");
        Files.writeString(notPdf, "These are plain words, not a PDF.");

        assertThatThrownBy(() -> PdfText.pages(notPdf)).isInstanceOf(UnreadablePdfException.class)
                .hasMessageContaining("notes.pdf could not be read as a PDF");
    }
}
