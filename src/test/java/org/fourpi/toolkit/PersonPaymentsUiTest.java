package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.fourpi.toolkit.payments.EarningsLimit;
import org.fourpi.toolkit.payments.PaymentMethod;
import org.fourpi.toolkit.payments.PaymentPreferences;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Payments tab of a person's record, used from the keyboard in the real window, headless. */
class PersonPaymentsUiTest extends WindowTest {

    private long samira;

    private void openSamirasPayments() throws Exception {
        test = TestServices.open(temp);
        samira = test.services().people().save(Person.named("Samira", "Okafor").withStatus(InvolvementStatus.ACTIVE)).id();
        app = UiTestSupport.start(test);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        TextField find = robot.lookup("#filter").queryAs(TextField.class);
        robot.interact(find::requestFocus);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstName").tryQuery()
                .map(field -> "Samira".equals(((TextField) field).getText())).orElse(false));

        Tab payments = paymentsTab();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !payments.isDisabled());
        robot.interact(() -> payments.getTabPane().getSelectionModel().select(payments));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TabPane recordTabs() {
        return (TabPane) robot.lookup("#firstName").query().getParent().getParent().getParent().getParent();
    }

    private Tab paymentsTab() {
        return recordTabs().getTabs().stream()
                .filter(tab -> "Payments".equals(tab.getText())).findFirst().orElseThrow();
    }

    @Test
    void choosesCashAndCarersAllowanceAndSavesThem() throws Exception {
        openSamirasPayments();

        robot.press(KeyCode.ALT, KeyCode.Y).release(KeyCode.Y, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> method = robot.lookup("#paymentMethod").queryAs(ComboBox.class);
        assertThat(method.isFocused()).as("Alt+Y moves to the payment method").isTrue();
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        assertThat(method.getValue()).isEqualTo(PaymentMethod.CASH);

        robot.press(KeyCode.ALT, KeyCode.K).release(KeyCode.K, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> limit = robot.lookup("#earningsLimit").queryAs(ComboBox.class);
        assertThat(limit.isFocused()).as("Alt+K moves to the earnings limit").isTrue();
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        assertThat(limit.getValue()).isEqualTo(EarningsLimit.CARERS_ALLOWANCE);
        assertThat(robot.lookup("#customLimitBox").query().isVisible())
                .as("no amount to type for a limit taken from the rates").isFalse();

        UiTestSupport.press(robot, "#savePaymentsButton");
        UiTestSupport.waitForLabel(robot, "#paymentsStatusLabel", "Payment choices saved.");

        assertThat(test.services().paymentPreferences().find(samira))
                .isEqualTo(new PaymentPreferences(PaymentMethod.CASH, false, EarningsLimit.CARERS_ALLOWANCE, null));
    }

    @Test
    void givesNoTwoControlsOnAPersonsRecordTheSameAltKey() throws Exception {
        openSamirasPayments();
        Node page = recordTabs().getParent();
        List<String> letters = new ArrayList<>();
        collectMnemonics(page, letters);
        // Every tab's content is in the scene graph, shown or not, so this covers the whole record.
        robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()
                .forEach(menu -> letters.add(menu.getText().substring(menu.getText().indexOf('_') + 1).substring(0, 1)
                        .toLowerCase(Locale.UK)));

        assertThat(letters).contains("y", "k", "s", "b", "f").doesNotHaveDuplicates();
    }

    private static void collectMnemonics(Node node, List<String> letters) {
        if (node instanceof Labeled labeled && labeled.isMnemonicParsing() && labeled.getText() != null) {
            int at = labeled.getText().indexOf('_');
            if (at >= 0 && at + 1 < labeled.getText().length()) {
                letters.add(labeled.getText().substring(at + 1, at + 2).toLowerCase(Locale.UK));
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectMnemonics(child, letters));
        }
    }
}
