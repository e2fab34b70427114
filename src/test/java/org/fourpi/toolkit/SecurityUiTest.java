package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.fourpi.toolkit.app.Section;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Turning protection on from the first-run welcome and Settings, from the keyboard, in the real window. */
class SecurityUiTest extends WindowTest {

    @Test
    void theWelcomeLeadsToSettingsWhereAGoodPassphraseTurnsProtectionOnAndClosesTheWindow() throws Exception {
        test = TestServices.open(temp);
        RecordingDialogs dialogs = new RecordingDialogs().chooseFile(temp.resolve("sheet.pdf")).answerConfirm(true);
        app = UiTestSupport.start(test, dialogs);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#protectButton").query().isVisible());

        altAnd(KeyCode.L);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#navigation").queryAs(ListView.class)
                .getSelectionModel().getSelectedItem() == Section.SETTINGS);
        UiTestSupport.waitForLabel(robot, "#securityStatus", TestServices.MESSAGES.text("security.status.off"));
        assertThat(robot.lookup("#securityCurrentBox").query().isVisible()).isFalse();
        assertThat(robot.lookup("#securitySheet").query().isVisible()).isFalse();

        replace("#securityPassphrase", "too short");
        replace("#securityAgain", "too short");
        UiTestSupport.press(robot, "#securityTurnOn");
        UiTestSupport.waitForLabel(robot, "#securityProblem", "The passphrase needs at least 10 characters.");
        assertThat(test.services().security().pendingProtection()).isEmpty();

        replace("#securityPassphrase", "blue kettle on a Tuesday");
        replace("#securityAgain", "blue kettle on a Tuesday");
        UiTestSupport.press(robot, "#securityTurnOn");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Window.getWindows().stream().noneMatch(Window::isShowing));
        assertThat(test.services().security().pendingProtection()).isPresent();
        assertThat(temp.resolve("sheet.pdf")).isNotEmptyFile();
        assertThat(dialogs.shown()).extracting(RecordingDialogs.Shown::title)
                .contains(TestServices.MESSAGES.text("security.turnOn.confirm.title"));
    }


    private void altAnd(KeyCode letter) {
        robot.press(KeyCode.ALT, letter).release(letter, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void replace(String query, String text) {
        var field = robot.lookup(query).query();
        robot.interact(field::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
    }
}
