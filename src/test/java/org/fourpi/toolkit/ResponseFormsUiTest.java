package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fourpi.toolkit.app.Section;
import org.fourpi.toolkit.assessment.Assessment;
import org.fourpi.toolkit.assessment.AssessmentMode;
import org.fourpi.toolkit.assessment.AssessmentStart;
import org.fourpi.toolkit.assessment.Indicator;
import org.fourpi.toolkit.assessment.ParticipantInput;
import org.fourpi.toolkit.assessment.Rating;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Response forms tab in the real window, headless: a filled form read, checked and saved. */
class ResponseFormsUiTest extends WindowTest {

    @Test
    void readsAFilledFormPastedIntoTheTabAndSavesItsAnswers() throws Exception {
        test = TestServices.open(temp);
        var assessments = test.services().assessments();
        Assessment assessment = assessments.start(new AssessmentStart("Annual check 2026",
                java.time.LocalDate.of(2026, 11, 20), java.util.EnumSet.of(InvolvementLevel.C), "Sam",
                AssessmentMode.EACH_THEN_GROUP,
                List.of(new ParticipantInput(null, null, "Ada Lovelace", Perspective.SERVICE_USER))));
        long ada = assessment.participants().getFirst().id();
        Path form = temp.resolve("ada.xlsx");
        test.services().responseForms().writeForm(assessment.id(), ada, form);
        Indicator first = assessments.framework().indicators().getFirst();
        fill(form, first.code(), "4 Mostly");
        app = UiTestSupport.start(test);

        robot.interact(() -> robot.lookup("#navigation").queryAs(ListView.class)
                .getSelectionModel().select(Section.ASSESSMENT));
        TabPane tabs = robot.lookup(n -> n instanceof TabPane t
                && t.getTabs().stream().anyMatch(tab -> "Response forms".equals(tab.getText())))
                .queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        @SuppressWarnings("unchecked")
        ComboBox<Object> chosen = robot.lookup("#assessment").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chosen.getValue() != null);
        for (String control : List.of("#assessment", "#person", "#saveFormButton", "#savePaperButton",
                "#saveAllButton", "#chooseFilledButton", "#formsTable", "#saveAnswersButton")) {
            Node node = robot.lookup(control).query();
            assertThat(node.getAccessibleText()).as(control).isNotBlank();
        }

        robot.interact(() -> {
            ClipboardContent files = new ClipboardContent();
            files.putFiles(List.of(form.toFile()));
            Clipboard.getSystemClipboard().setContent(files);
        });
        Button choose = robot.lookup("#chooseFilledButton").queryAs(Button.class);
        robot.interact(choose::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);

        TableView<?> table = robot.lookup("#formsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().getFirst().toString()).contains("Ada Lovelace", "Ready to save");
        assertThat(robot.lookup("#details").queryAs(TextArea.class).getText()).contains("Nothing has been saved yet.");
        assertThat(assessments.answers(assessment.id()).own()).isEmpty();

        UiTestSupport.press(robot, "#saveAnswersButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#messageLabel").queryAs(Label.class)
                .getText().equals("Saved 1 answer: Ada Lovelace (1)."));
        assertThat(assessments.answers(assessment.id()).ownRatings(ada)).containsExactly(
                Map.entry(first.code(), Rating.FOUR));
        assertThat(table.getItems()).isEmpty();
    }

    /** Chooses an answer beside a statement, as a person would in their spreadsheet program. */
    private static void fill(Path form, String code, String answer) throws java.io.IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(form);
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheet("Response form")) {
                if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(2).setCellValue(answer);
                }
            }
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(form)) {
                workbook.write(out);
            }
        }
    }
}
