package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.fourpi.toolkit.app.Section;
import org.fourpi.toolkit.audit.AuditRow;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.settings.Appearance;
import org.fourpi.toolkit.settings.Theme;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A change made in the window shows in the audit log, opened from the Settings page and used from the keyboard. */
class AuditLogUiTest extends WindowTest {

    @Test
    void aPersonEditedInTheWindowShowsInTheAuditLog() throws Exception {
        test = TestServices.open(temp);
        test.services().people().save(Person.named("Ada", "Lovelace"));
        test.services().preferences().saveAppearance(new Appearance(Theme.LIGHT, 150));
        app = UiTestSupport.start(test);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        TextField find = robot.lookup("#filter").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#table").queryAs(TableView.class)
                .getItems().isEmpty());
        robot.interact(find::requestFocus);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Ada".equals(robot.lookup("#firstName").queryAs(TextField.class).getText()));
        UiTestSupport.fill(robot, "#knownAs", "Addie");
        UiTestSupport.press(robot, "#saveButton");
        UiTestSupport.waitForLabel(robot, "#detailsStatusLabel", "Saved.");

        robot.interact(() -> robot.lookup("#navigation").queryAs(ListView.class)
                .getSelectionModel().select(Section.SETTINGS));
        WaitForAsyncUtils.waitForFxEvents();
        Node open = robot.lookup("#openAuditLogButton").query();
        UiTestSupport.press(robot, "#openAuditLogButton");

        @SuppressWarnings("unchecked")
        TableView<AuditRow> log = robot.lookup("#auditTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !log.getItems().isEmpty());
        assertThat(log.getItems().getFirst()).isEqualTo(new AuditRow("26/11/2026 10:00", "coordinator", "People",
                "Person 1", "Details changed", "Name they like to be called", "", "Addie"));
        assertThat(log.getItems()).extracting(AuditRow::what).containsExactly("Details changed", "Setting changed",
                "Setting changed", "Person added");
        assertThat(UiTestSupport.label(robot, "#auditPageLabel")).isEqualTo("Showing 1 to 4 of 4 changes.");
        Window logWindow = log.getScene().getWindow();
        assertThat(logWindow).isNotSameAs(open.getScene().getWindow());
        assertThat(log.getScene().getRoot().getStyle()).as("the log keeps the window's text size")
                .isEqualTo(open.getScene().getRoot().getStyle()).contains("px");

        assertThat(MnemonicClashes.in(robot, "audit log", log.getScene().getRoot())).isEmpty();
        robot.press(KeyCode.ALT, KeyCode.W).release(KeyCode.W, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#wordsField").query().isFocused()).as("Alt+W moves to the words to find").isTrue();
        robot.targetWindow(logWindow).write("addie").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> log.getItems().size() == 1);
        assertThat(UiTestSupport.label(robot, "#auditPageLabel")).isEqualTo("Showing 1 to 1 of 1 change.");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(logWindow.isShowing()).as("Escape closes the audit log").isFalse();
    }
}
