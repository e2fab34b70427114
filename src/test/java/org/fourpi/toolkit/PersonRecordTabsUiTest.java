package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;

import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A person's record shows each chosen tab from its top, in the real window. */
class PersonRecordTabsUiTest extends WindowTest {

    @Test
    void showsAShortTabFromItsTopAfterALongOne() throws Exception {
        test = TestServices.open(temp);
        test.services().exampleData().fill();
        app = UiTestSupport.start(test);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#filter").tryQuery().isPresent());
        Node find = robot.lookup("#filter").query();
        robot.interact(find::requestFocus);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstName").tryQuery().isPresent()
                && robot.lookup("#firstName").query().isFocused());

        TabPane record = robot.lookup(".tab-pane").match(n -> ((TabPane) n).getTabs().stream()
                .anyMatch(t -> "Consent".equals(t.getText()))).queryAs(TabPane.class);
        robot.interact(() -> record.getSelectionModel().select(record.getTabs().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(enclosingScrollPane(record).getVvalue()).as("the page is scrolled to its top").isZero();
        assertThat(record.isFocused()).as("the keyboard stays on the tabs").isTrue();
    }

    private static ScrollPane enclosingScrollPane(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane pane) {
                return pane;
            }
        }
        throw new AssertionError("no scroll pane around the record");
    }
}
