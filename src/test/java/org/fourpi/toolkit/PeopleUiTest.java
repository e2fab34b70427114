package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.fourpi.toolkit.people.PeopleListViewModel;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Adds, finds and edits a person through the real window, headless, with the keyboard. */
class PeopleUiTest extends WindowTest {

    @Test
    void addsAPersonFindsThemByTypingAndEditsThem() throws Exception {
        test = TestServices.open(temp);
        app = UiTestSupport.start(test);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#firstName").queryAs(TextField.class).isFocused())
                .as("the first name takes the focus on a new record").isTrue();

        robot.write("Samira");
        robot.press(KeyCode.ALT, KeyCode.L).release(KeyCode.L, KeyCode.ALT);
        robot.write("Okafor");
        robot.press(KeyCode.ALT, KeyCode.E).release(KeyCode.E, KeyCode.ALT);
        robot.write("sam@example.org");
        assertThat(robot.lookup("#email").queryAs(TextField.class).getText())
                .as("Alt and the underlined letter move to a field").isEqualTo("sam@example.org");
        robot.press(KeyCode.ALT, KeyCode.D).release(KeyCode.D, KeyCode.ALT);
        robot.write("1 Mill Lane").type(KeyCode.TAB).write("m1 2ab");
        assertThat(robot.lookup("#postcode").queryAs(TextField.class).getText())
                .as("Tab leaves the address box for the next field").isEqualTo("m1 2ab");
        UiTestSupport.press(robot, "#saveButton");
        UiTestSupport.waitForLabel(robot, "#detailsStatusLabel", "Saved.");
        assertThat(UiTestSupport.label(robot, "#titleLabel")).isEqualTo("Samira Okafor");
        assertThat(robot.lookup("#saveButton").query().isFocused()).as("the keyboard focus stays where it was").isTrue();

        UiTestSupport.press(robot, "#backButton");
        TextField find = robot.lookup("#filter").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, find::isFocused);
        robot.write("oka");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<PeopleListViewModel.Row> table = robot.lookup("#table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().getFirst().name()).isEqualTo("Samira Okafor");
        assertThat(UiTestSupport.label(robot, "#countLabel")).isEqualTo("Showing 1 of 1 person.");

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Samira".equals(robot.lookup("#firstName").queryAs(TextField.class).getText()));
        TextField knownAs = robot.lookup("#knownAs").queryAs(TextField.class);
        robot.interact(knownAs::requestFocus);
        robot.write("Sam");
        UiTestSupport.press(robot, "#saveButton");
        UiTestSupport.waitForLabel(robot, "#detailsStatusLabel", "Saved.");

        assertThat(test.services().people().list()).singleElement()
                .satisfies(p -> assertThat(p.displayName()).isEqualTo("Sam Okafor"));
    }

}
