package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.fourpi.toolkit.app.Section;
import org.fourpi.toolkit.glossary.GlossaryTerm;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The glossary on the Settings page, used from the keyboard in the real window, headless. */
class GlossaryUiTest extends WindowTest {

    private void openSettings() throws Exception {
        test = TestServices.open(temp);
        app = UiTestSupport.start(test);
        robot.interact(() -> robot.lookup("#navigation").queryAs(ListView.class)
                .getSelectionModel().select(Section.SETTINGS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#termsTable").queryAs(TableView.class).getItems().isEmpty());
    }

    private String focusedText() {
        Node focused = robot.lookup("#termsTable").query().getScene().getFocusOwner();
        return focused == null || focused.getAccessibleText() == null ? "" : focused.getAccessibleText();
    }

    @Test
    void checksPastedTextAndAddsAnUnexplainedTermFromTheKeyboard() throws Exception {
        openSettings();

        robot.push(KeyCode.ALT, KeyCode.J);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedText()).isEqualTo("Check some text for jargon");
        robot.write("The CMHT asked the PCN.");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.SPACE);
        UiTestSupport.waitForLabel(robot, "#checkStatusLabel",
                "1 abbreviation has no explanation. Choose one and add it to the glossary.");
        robot.type(KeyCode.TAB);
        assertThat(focusedText()).isEqualTo("Abbreviations with no explanation");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(focusedText()).isEqualTo("What it means");
        UiTestSupport.waitForLabel(robot, "#glossaryStatusLabel", "Write what PCN means, then save the term.");
        robot.write("Primary Care Network: GP surgeries in an area that work together.");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.SPACE);

        UiTestSupport.waitForLabel(robot, "#glossaryStatusLabel", "Added PCN to the glossary.");
        assertThat(test.services().glossary().find("PCN")).map(GlossaryTerm::explanation)
                .contains("Primary Care Network: GP surgeries in an area that work together.");
        assertThat(robot.lookup("#termsTable").queryAs(TableView.class).getItems())
                .extracting(t -> ((GlossaryTerm) t).term()).contains("PCN");
    }

    @Test
    void searchesTheGlossaryAndChangesATermFromTheKeyboard() throws Exception {
        openSettings();
        UiTestSupport.fill(robot, "#glossarySearchField", "team");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#termsTable").queryAs(TableView.class).getItems().size() == 1);

        robot.type(KeyCode.TAB);
        assertThat(focusedText()).isEqualTo("Glossary terms and what they mean");
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedText()).isEqualTo("Term");
        UiTestSupport.waitForLabel(robot, "#termFormTitle", "Changing the term CMHT");
        robot.type(KeyCode.TAB);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("A team that supports people where they live.");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.SPACE);

        UiTestSupport.waitForLabel(robot, "#glossaryStatusLabel", "Saved the changes to CMHT.");
        assertThat(test.services().glossary().find("CMHT")).map(GlossaryTerm::explanation)
                .contains("A team that supports people where they live.");
    }
}
