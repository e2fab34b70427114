package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import org.fourpi.toolkit.app.Section;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.ui.Styles;
import org.fourpi.toolkit.payments.FeeRates;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The payment policy on the Settings page, used from the keyboard in the real window, headless. */
class PaymentPolicyUiTest extends WindowTest {

    private void openSettings() throws Exception {
        test = TestServices.open(temp);
        app = UiTestSupport.start(test);
        robot.interact(() -> robot.lookup("#navigation").queryAs(ListView.class)
                .getSelectionModel().select(Section.SETTINGS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#rateSetsTable").queryAs(TableView.class).getItems().isEmpty());
    }

    @Test
    void addsNewRatesThatShowInTheTableAndApplyFromTheirDate() throws Exception {
        openSettings();
        replace("#feeHourly", "22.50");

        UiTestSupport.press(robot, "#addRatesButton");
        UiTestSupport.waitForLabel(robot, "#ratesStatusLabel", "Saved. These rates apply from 6 April 2027.");

        assertThat(robot.lookup("#rateSetsTable").queryAs(TableView.class).getItems()).hasSize(2);
        var policy = test.services().paymentPolicy();
        assertThat(policy.ratesOn(LocalDate.of(2027, 4, 5)).orElseThrow().feeHourly()).isEqualTo(Money.of("20.00"));
        assertThat(policy.ratesOn(LocalDate.of(2027, 4, 6)).orElseThrow().feeHourly()).isEqualTo(Money.of("22.50"));
    }

    @Test
    void addsAFeeForAnActivityFromTheKeyboardAndSavesIt() throws Exception {
        openSettings();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> UiTestSupport.label(robot, "#activityFeesForSet").contains("6 April 2026"));

        UiTestSupport.press(robot, "#addActivityFeeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> focusedText().equals("Row 1, Activity name"));
        UiTestSupport.press(robot, "#saveActivityFeesButton");
        UiTestSupport.waitForLabel(robot, "#activityFeesStatusLabel",
                "Nothing saved: please check the problem shown in the rows.");
        assertThat(focusedText()).isEqualTo("Row 1, Activity name");
        assertThat(robot.lookup(".field-error").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Row 1, Activity name: please give the activity a name.");

        robot.write("Interview panel");
        robot.type(KeyCode.TAB);
        assertThat(focusedText()).isEqualTo("Row 1, Hour");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("25.00");
        robot.type(KeyCode.TAB);
        assertThat(focusedText()).isEqualTo("Row 1, Half day");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.TAB);
        assertThat(focusedText()).isEqualTo("Remove row 1");
        UiTestSupport.press(robot, "#saveActivityFeesButton");

        UiTestSupport.waitForLabel(robot, "#activityFeesStatusLabel",
                "Saved the fees for 1 activity in the rates from 6 April 2026.");
        FeeRates saved = test.services().paymentPolicy().feesOn(LocalDate.of(2026, 5, 1), "Interview panel")
                .orElseThrow();
        assertThat(saved.hourly()).isEqualTo(Money.of("25.00"));
        assertThat(saved.halfDay()).isEqualTo(Money.of("55.00"));
    }

    private String focusedText() {
        Node focused = robot.lookup("#rateSetsTable").query().getScene().getFocusOwner();
        return focused == null || focused.getAccessibleText() == null ? "" : focused.getAccessibleText();
    }

    @Test
    void givesNoTwoControlsOnTheSettingsPageTheSameAltKey() throws Exception {
        openSettings();
        Node page = robot.lookup("#rateSetsTable").query();
        while (!page.getStyleClass().contains(Styles.PAGE)) {
            page = page.getParent();
        }
        List<String> letters = new ArrayList<>();
        collectMnemonics(page, letters);
        robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()
                .forEach(menu -> letters.add(menu.getText().substring(menu.getText().indexOf('_') + 1).substring(0, 1)
                        .toLowerCase(Locale.UK)));

        assertThat(letters).contains("k", "b", "w", "x", "f", "h").doesNotHaveDuplicates();
    }

    private void replace(String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void collectMnemonics(Node node, List<String> letters) {
        if (!node.isVisible()) {
            return;
        }
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
