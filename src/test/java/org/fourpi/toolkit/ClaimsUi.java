package org.fourpi.toolkit;

import java.util.Objects;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.text.Labelled;
import org.fourpi.toolkit.payments.PersonChoice;
import org.fourpi.toolkit.testing.TestServices;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Steps on the Claims tab of the real window, from the keyboard, for window tests to share: open the
 * tab, start a claim, fill its details and lines, and take it through its steps.
 */
final class ClaimsUi {

    private static final Messages TEXTS = TestServices.MESSAGES;

    private ClaimsUi() {
    }

    /** Ctrl+5 opens Payments, whose first tab is Claims; waits for the list. */
    static void openClaims(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#claimsTable").tryQuery().isPresent()
                && !robot.lookup("#totalsLabel").queryAs(Label.class).getText().isEmpty());
    }

    /** Alt+N on the list starts a new claim; the keyboard is then on the person. */
    static void startNewClaim(FxRobot robot) throws Exception {
        robot.press(KeyCode.ALT, KeyCode.N).release(KeyCode.N, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#claimPerson").tryQuery()
                .map(Node::isFocused).orElse(false));
    }

    /** Chooses a person in a drop-down list with the arrow keys. */
    static void choosePerson(FxRobot robot, String query, String name) throws Exception {
        ComboBox<?> box = robot.lookup(query).queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> box.getItems().stream()
                .anyMatch(p -> p instanceof PersonChoice c && c.name().equals(name)));
        robot.interact(box::requestFocus);
        chooseWithArrows(robot, box, value -> value instanceof PersonChoice c && c.name().equals(name));
    }

    /** Chooses a named value (a category, unit or method) with the arrow keys. */
    static void choose(FxRobot robot, ComboBox<?> box, Labelled value) {
        robot.interact(box::requestFocus);
        chooseWithArrows(robot, box, shown -> Objects.equals(shown, value));
    }

    private static void chooseWithArrows(FxRobot robot, ComboBox<?> box, java.util.function.Predicate<Object> wanted) {
        robot.type(KeyCode.HOME);
        for (int i = 0; i <= box.getItems().size() && !wanted.test(box.getValue()); i++) {
            robot.type(KeyCode.DOWN);
        }
        if (!wanted.test(box.getValue())) {
            throw new AssertionError("Could not choose the value in " + box.getAccessibleText());
        }
    }

    /** Replaces a field's text, as selecting all and typing would. */
    static void type(FxRobot robot, TextField field, String text) {
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void fillDetails(FxRobot robot, String person, String activity, String date) throws Exception {
        choosePerson(robot, "#claimPerson", person);
        type(robot, robot.lookup("#claimActivity").queryAs(TextField.class), activity);
        type(robot, robot.lookup("#claimDate").queryAs(TextField.class), date);
    }

    /** A control of one line, found by the name a screen reader gives it, such as "Line 2: Hours". */
    static <T extends Node> T lineField(FxRobot robot, int line, String fieldKey, Class<T> type) {
        String name = TEXTS.text("payments.claims.line.name", line) + ": " + TEXTS.text(fieldKey);
        return robot.lookup(node -> name.equals(node.getAccessibleText()) && type.isInstance(node)).queryAs(type);
    }

    /** Adds a line with the button and gives it its category; the keyboard lands on the new line. */
    static void addLine(FxRobot robot, int line, Labelled category) throws Exception {
        UiTestSupport.press(robot, "#addLineButton");
        ComboBox<?> box = lineField(robot, line, "payments.claims.field.category", ComboBox.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, box::isFocused);
        choose(robot, box, category);
    }

    static void setLineFigure(FxRobot robot, int line, String fieldKey, String text) {
        type(robot, lineField(robot, line, fieldKey, TextField.class), text);
    }

    /** The worked-out amount of a line as shown, such as "Amount: £40.00". */
    static String lineAmount(FxRobot robot, int line) {
        String name = TEXTS.text("payments.claims.line.name", line) + ": ";
        return robot.lookup(node -> node instanceof Label label && label.getAccessibleText() != null
                        && label.getAccessibleText().startsWith(name + TEXTS.text("payments.claims.line.workedOut")))
                .queryAs(Label.class).getText();
    }

    /** Presses a step's button and waits for its outcome in the status line. */
    static void step(FxRobot robot, String button, String outcomeKey) throws Exception {
        UiTestSupport.press(robot, button);
        UiTestSupport.waitForLabel(robot, "#claimMessage", TEXTS.text(outcomeKey));
    }

    /** True when the node and everything around it is shown. */
    static boolean shown(FxRobot robot, String query) {
        for (Node node = robot.lookup(query).query(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static String owed(FxRobot robot) {
        return UiTestSupport.label(robot, "#owedLabel");
    }

    static String standing(FxRobot robot) {
        return UiTestSupport.label(robot, "#standingLabel");
    }

    /** Back to the list with the button; waits until the table is there again. */
    static void backToList(FxRobot robot) throws Exception {
        UiTestSupport.press(robot, "#backButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#claimsTable").tryQuery().isPresent());
    }

    static TableView<?> claimsTable(FxRobot robot) {
        return robot.lookup("#claimsTable").queryAs(TableView.class);
    }
}
