package org.fourpi.toolkit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fourpi.toolkit.assessment.Assessment;
import org.fourpi.toolkit.assessment.AssessmentMode;
import org.fourpi.toolkit.assessment.AssessmentStart;
import org.fourpi.toolkit.assessment.ParticipantInput;
import org.fourpi.toolkit.assessment.ResponseFormCheck;
import org.fourpi.toolkit.assessment.ResponseFormComment;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.TestServices;

/** A response form written for anyone, with a comment in any script typed into it, reads back as written. */
class ResponseFormRoundTripPropertiesTest {

    private static Path temp;
    private static TestServices test;

    @BeforeContainer
    static void open() throws IOException {
        temp = Files.createTempDirectory("form-round-trip");
        test = TestServices.open(temp.resolve("data"));
    }

    @AfterContainer
    static void close() throws IOException {
        test.close();
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Provide
    Arbitrary<String> text() {
        return new PeopleRoundTripPropertiesTest().text();
    }

    @Property(tries = 25)
    void aFormForAnyoneWithAnyCommentReadsBackAsWritten(@ForAll("text") String name, @ForAll("text") String comment)
            throws IOException {
        var forms = test.services().responseForms();
        Assessment assessment = test.services().assessments().start(new AssessmentStart("Check", LocalDate.of(2026, 11, 20),
                EnumSet.of(InvolvementLevel.C), "Sam", AssessmentMode.EACH_THEN_GROUP,
                List.of(new ParticipantInput(null, null, name, Perspective.CARER))));
        long participant = assessment.participants().getFirst().id();
        Path file = temp.resolve("form.xlsx");
        forms.writeForm(assessment.id(), participant, file);
        java.util.Set<String> codes = test.services().assessments().framework().indicators().stream()
                .map(org.fourpi.toolkit.assessment.Indicator::code).collect(java.util.stream.Collectors.toSet());
        String code = comment(file, comment, codes);

        ResponseFormCheck check = forms.preview(assessment.id(), List.of(file), Progress.NONE).forms().getFirst();

        assertThat(check.problems()).isEmpty();
        assertThat(check.participantId()).isEqualTo(participant);
        assertThat(check.personName()).isEqualTo(assessment.participants().getFirst().name());
        assertThat(check.comments()).extracting(ResponseFormComment::indicatorCode, ResponseFormComment::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(code, comment.strip()));
    }

    /** Types the comment beside the first statement, as someone filling in the form would; returns its code. */
    private static String comment(Path file, String comment, java.util.Set<String> codes) throws IOException {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        try (workbook) {
            XSSFSheet sheet = workbook.getSheet("Response form");
            for (Row row : sheet) {
                var cell = row.getCell(0);
                String code = cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING
                        ? "" : cell.getStringCellValue();
                if (codes.contains(code)) {
                    row.getCell(3).setCellValue(comment);
                    try (OutputStream out = Files.newOutputStream(file)) {
                        workbook.write(out);
                    }
                    return code;
                }
            }
        }
        throw new IllegalStateException("No statement row in the form");
    }
}
