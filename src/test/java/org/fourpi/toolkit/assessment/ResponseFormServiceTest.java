package org.fourpi.toolkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class ResponseFormServiceTest {

    @TempDir Path dataDir;
    @TempDir Path files;
    private TestServices test;
    private AssessmentService assessments;
    private ResponseFormService forms;
    private Assessment assessment;
    private List<Indicator> indicators;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        assessments = test.services().assessments();
        forms = test.services().responseForms();
        assessment = assessments.start(ResponseFormFiles.start("Annual check 2026", "Ada Lovelace", "Ben Carer"));
        indicators = assessments.framework().indicators();
    }

    @AfterEach
    void close() {
        test.close();
    }

    private Path formFor(Assessment a, String name) {
        Participant person = ResponseFormFiles.named(a, name);
        Path file = files.resolve(forms.fileName(person.name(), ".xlsx"));
        forms.writeForm(a.id(), person.id(), file);
        return file;
    }

    @Test
    void answersFilledInAtHomeAreSavedAsTheirOwnRatingsFromAForm() throws IOException {
        long ada = ResponseFormFiles.named(assessment, "Ada Lovelace").id();
        String first = indicators.get(0).code();
        String second = indicators.get(1).code();
        String third = indicators.get(2).code();
        String fourth = indicators.get(3).code();
        assessments.rateOwn(assessment.id(), ada, third, Rating.TWO);
        Path file = formFor(assessment, "Ada Lovelace");
        assertThat(file.getFileName().toString()).isEqualTo("4PI response form - Ada Lovelace.xlsx");
        ResponseFormFiles.fill(file, first, "4 Mostly", second, "Don't know", fourth, "six");
        ResponseFormFiles.comment(file, second, "We never hear back after meetings.");
        int badRow = ResponseFormFiles.sheetRowOf(file, fourth);

        ResponseFormPreview withMistake = forms.preview(assessment.id(), List.of(file), Progress.NONE);

        ResponseFormCheck check = withMistake.forms().getFirst();
        assertThat(check.personName()).isEqualTo("Ada Lovelace");
        assertThat(check.canSave()).isFalse();
        assertThat(check.problems()).containsExactly("Ada Lovelace's form (4PI response form - Ada Lovelace.xlsx), row "
                + badRow + ", column C: \u2018six\u2019 is not one of the answers on the list.");
        assertThat(check.comments()).extracting(ResponseFormComment::text)
                .containsExactly("We never hear back after meetings.");
        assertThat(forms.save(withMistake).people()).isEmpty();
        assertThat(assessments.answers(assessment.id()).ownRatings(ada)).containsOnly(Map.entry(third, Rating.TWO));

        ResponseFormFiles.fill(file, fourth, "");
        ResponseFormPreview fixed = forms.preview(assessment.id(), List.of(file), Progress.NONE);
        ResponseFormSaved saved = forms.save(fixed);

        assertThat(saved.people()).containsExactly(new ResponseFormSaved.Person("Ada Lovelace", 2));
        Answers answers = assessments.answers(assessment.id());
        assertThat(answers.ownRatings(ada)).containsOnly(Map.entry(first, Rating.FOUR),
                Map.entry(second, Rating.DONT_KNOW), Map.entry(third, Rating.TWO));
        assertThat(answers.own()).filteredOn(r -> !r.indicatorCode().equals(third))
                .extracting(OwnRating::givenBy).containsOnly(OwnRating.GivenBy.FORM);
    }

    @Test
    void onlyTheAnswerAndCommentCellsCanBeChangedAndTheDropDownOffersTheScale() throws IOException {
        Path file = formFor(assessment, "Ada Lovelace");

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Response form");
            assertThat(sheet.getProtect()).isTrue();
            assertThat(workbook.isStructureLocked()).isTrue();
            int row = ResponseFormFiles.rowOf(sheet, indicators.get(0).code());
            assertThat(sheet.getRow(row).getCell(1).getStringCellValue()).startsWith(indicators.get(0).statement());
            assertThat(sheet.getRow(row).getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(sheet.getRow(row).getCell(2).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.getRow(row).getCell(3).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.isColumnHidden(0)).isTrue();
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("Form details")))
                    .isEqualTo(SheetVisibility.VERY_HIDDEN);
            DataValidation list = sheet.getDataValidations().getFirst();
            assertThat(list.getValidationConstraint().getExplicitListValues()).containsExactly("1 Not started",
                    "2 Made a start", "3 Some progress", "4 Mostly", "5 Always", "Don't know", "Not relevant here");
            assertThat(list.getRegions().getCellRangeAddresses()[0].isInRange(row, 2)).isTrue();
            StringBuilder top = new StringBuilder();
            for (int r = 0; r < 20; r++) {
                if (sheet.getRow(r) != null && sheet.getRow(r).getCell(1) != null) {
                    top.append(sheet.getRow(r).getCell(1).getStringCellValue()).append('\n');
                }
            }
            assertThat(top.toString()).contains("Annual check 2026", "For: Ada Lovelace", "send it back to Sam Facilitator",
                    "3 Some progress: ", "Not relevant here: ");
        }
    }

    @Test
    void refusesTheFormOfAnotherAssessmentAndOfSomeoneNoLongerTakingPart() throws IOException {
        Assessment other = assessments.start(ResponseFormFiles.start("Day centre check", "Ada Lovelace"));
        Path otherForm = files.resolve("other.xlsx");
        forms.writeForm(other.id(), other.participants().getFirst().id(), otherForm);
        Path bens = formFor(assessment, "Ben Carer");
        ResponseFormFiles.fill(bens, indicators.get(0).code(), "5 Always");
        Participant ada = ResponseFormFiles.named(assessment, "Ada Lovelace");
        assessments.updateStart(assessment.id(), new AssessmentStart(assessment.title(), assessment.heldOn(),
                assessment.scope(), assessment.facilitator(), assessment.mode(),
                List.of(new ParticipantInput(ada.id(), null, ada.name(), Perspective.SERVICE_USER))));

        ResponseFormPreview preview = forms.preview(assessment.id(), List.of(otherForm, bens), Progress.NONE);

        assertThat(preview.savable()).isEmpty();
        assertThat(preview.forms().get(0).problems()).containsExactly(
                "other.xlsx: this form is for another assessment (\u201cDay centre check\u201d), not this one.");
        assertThat(preview.forms().get(1).problems()).containsExactly("4PI response form - Ben Carer.xlsx: this form "
                + "is for someone who is no longer taking part in this assessment.");
        assertThat(forms.save(preview).people()).isEmpty();
        assertThat(assessments.answers(assessment.id()).own()).isEmpty();
    }

    @Test
    void refusesFilesThatAreNotItsFormsOrCannotBeRead() throws IOException {
        Path plain = files.resolve("budget.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            workbook.createSheet("Response form").createRow(0).createCell(0).setCellValue("ENG-1");
            workbook.write(out);
        }
        Path text = Files.writeString(files.resolve("notes.xlsx"), "just some notes");
        Path broken = files.resolve("broken.xlsx");
        Files.write(broken, new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3});
        Path changed = formFor(assessment, "Ada Lovelace");
        try (InputStream in = Files.newInputStream(changed); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.getSheet("Form details").getRow(3).getCell(1).setCellValue(
                    Long.toString(ResponseFormFiles.named(assessment, "Ben Carer").id()));
            try (OutputStream out = Files.newOutputStream(changed)) {
                workbook.write(out);
            }
        }

        ResponseFormPreview preview = forms.preview(assessment.id(), List.of(plain, text, broken, changed),
                Progress.NONE);

        assertThat(preview.forms()).flatExtracting(ResponseFormCheck::problems).containsExactly(
                "budget.xlsx: this is not one of this program's response forms, or it has been changed so it cannot "
                        + "be read safely.",
                "notes.xlsx: this is not one of this program's response forms, or it has been changed so it cannot "
                        + "be read safely.",
                "broken.xlsx: this file cannot be read. It may be damaged, saved as another kind of file, or still "
                        + "open in another program.",
                "4PI response form - Ada Lovelace.xlsx: this is not one of this program's response forms, or it has "
                        + "been changed so it cannot be read safely.");
    }

    @Test
    void twoFormsForOnePersonAreBothHeldBack() throws IOException {
        Path one = formFor(assessment, "Ada Lovelace");
        Path two = Files.copy(one, files.resolve("Ada again.xlsx"));

        ResponseFormPreview preview = forms.preview(assessment.id(), List.of(one, two), Progress.NONE);

        assertThat(preview.savable()).isEmpty();
        assertThat(preview.forms().get(1).problems()).singleElement().asString()
                .contains("more than one form for Ada Lovelace was chosen");
    }

    @Test
    void savesAFormForEveryoneWithSafeFileNamesAndStopsWhenAsked() {
        Assessment group = assessments.start(ResponseFormFiles.start("Check", "Ada: \"A\" Lovelace", "Ben/Carer"));

        ResponseFormService.Written written = forms.writeForms(group.id(), files, Progress.NONE);

        assertThat(written.stoppedEarly()).isFalse();
        assertThat(written.files()).extracting(f -> f.getFileName().toString()).containsExactly(
                "4PI response form - Ada A Lovelace.xlsx", "4PI response form - Ben Carer.xlsx");
        assertThat(written.files()).allMatch(Files::isRegularFile);

        Progress stopAtOnce = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelRequested() {
                return true;
            }
        };
        ResponseFormService.Written stopped = forms.writeForms(group.id(), files.resolve("..").normalize(), stopAtOnce);
        assertThat(stopped.files()).isEmpty();
        assertThat(stopped.stoppedEarly()).isTrue();
    }

    @Test
    void thePaperFormNamesThePersonAndHasEveryStatementWithLargePrintOnRequest() throws IOException {
        Participant ada = ResponseFormFiles.named(assessment, "Ada Lovelace");
        Path regular = files.resolve("regular.pdf");
        Path large = files.resolve("large.pdf");

        test.services().responseFormPdf().write(assessment.id(), ada.id(), false, regular);
        test.services().responseFormPdf().write(assessment.id(), ada.id(), true, large);

        String text = pdfText(regular);
        assertThat(text).contains("Name: Ada Lovelace", "Annual check 2026", "Sam Facilitator", "Don't know",
                "Not relevant here");
        String squeezed = text.replaceAll("\\s+", "");
        for (Indicator indicator : indicators) {
            assertThat(squeezed.contains(indicator.statement().replaceAll("\\s+", "")))
                    .as("the paper form has \"%s\"", indicator.statement()).isTrue();
        }
        try (PdfReader small = new PdfReader(regular.toString()); PdfReader big = new PdfReader(large.toString())) {
            assertThat(big.getNumberOfPages()).isGreaterThan(small.getNumberOfPages());
        }
    }

    private static String pdfText(Path file) throws IOException {
        try (PdfReader reader = new PdfReader(file.toString())) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append(' ');
            }
            return text.toString().replaceAll("\\s+", " ");
        }
    }
}
