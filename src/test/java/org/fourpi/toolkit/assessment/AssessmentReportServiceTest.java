package org.fourpi.toolkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class AssessmentReportServiceTest {

    @TempDir Path dataDir;
    @TempDir Path files;
    private TestServices test;
    private AssessmentResultsFixture.Made made;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        made = AssessmentResultsFixture.make(test.services().assessments());
    }

    @AfterEach
    void close() {
        test.close();
    }

    static String text(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            StringBuilder all = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    @Test
    void writesAPlainReportWithTheFiguresAndNoNamesButTheFacilitators() throws IOException {
        Path file = files.resolve("report.pdf");

        test.services().assessmentReport().write(made.current(), file, Progress.NONE);

        String text = text(file);
        assertThat(text).contains("Self-assessment against the 4PI standards", "Annual check 2026",
                "20 November 2026", "Sam Facilitator", "1 service user, 1 carer and 1 member of staff",
                "NSUN", "2013", "Principles", "Purpose", "Presence", "Process", "Impact",
                "4.0", "up 2.0", "down 1.0", "Overall average 3.1",
                "Views differ by 3.0 points", "Principles went up from 2.0 to 4.0",
                "Write down why we involve people", "Page 1", "Page 2");
        assertThat(text).doesNotContain("Ada Lovelace", "Ben Carer", "Cy Young");
    }

    @Test
    void saysWhenThereIsNothingToCompare() throws IOException {
        Path file = files.resolve("first.pdf");

        test.services().assessmentReport().write(made.previous(), file, Progress.NONE);

        assertThat(text(file)).contains("This assessment was rated together, so there are no separate views to compare.",
                "This is the first completed assessment of these levels", "No actions have been agreed yet.");
    }

    @Test
    void leavesNoFileWhenItCannotBeWritten() {
        Path file = files.resolve("gone").resolve("report.pdf");

        assertThatThrownBy(() -> test.services().assessmentReport().write(made.current(), file, Progress.NONE))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(file).doesNotExist();
    }
}
