package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.fourpi.toolkit.app.Section;
import org.fourpi.toolkit.payments.ClaimDraft;
import org.fourpi.toolkit.payments.FeeUnit;
import org.fourpi.toolkit.payments.LineInput;
import org.fourpi.toolkit.payments.PaymentMethod;
import org.fourpi.toolkit.payments.PersonChoice;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Statements and ledger tab in the real window, headless. */
class PaymentStatementUiTest extends WindowTest {

    @Test
    void showsAPersonsStatementWithItsTotalsInWordsChosenFromTheKeyboard() throws Exception {
        test = TestServices.open(temp);
        long samira = test.services().people().save(Person.named("Samira", "Okafor")).id();
        var claims = test.services().claims();
        long id = claims.create(new ClaimDraft(samira, "Steering group", "", LocalDate.of(2026, 5, 10), "",
                List.of(LineInput.fee(FeeUnit.HOURS, new BigDecimal("2"))))).id();
        claims.submit(id, LocalDate.of(2026, 11, 1));
        claims.approve(id, LocalDate.of(2026, 11, 2));
        claims.markPaid(id, LocalDate.of(2026, 11, 3), PaymentMethod.BANK_TRANSFER, "");
        app = UiTestSupport.start(test);

        robot.interact(() -> robot.lookup("#navigation").queryAs(ListView.class)
                .getSelectionModel().select(Section.PAYMENTS));
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        ComboBox<PersonChoice> person = robot.lookup("#person").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !person.getItems().isEmpty());
        Button savePdf = robot.lookup("#savePdfButton").queryAs(Button.class);
        assertThat(savePdf.isDisabled()).isTrue();

        robot.interact(() -> robot.lookup("#taxYear").query().requestFocus());
        robot.press(KeyCode.ALT, KeyCode.P).release(KeyCode.P, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(person.isFocused()).as("Alt+P moves to the person").isTrue();
        robot.interact(() -> person.getSelectionModel().select(0));

        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        Label totals = robot.lookup("#statementTotals").queryAs(Label.class);
        assertThat(totals.getText()).contains("Fees (income): £40.00.", "Paid so far: £40.00. Still to pay: £0.00.");
        assertThat(totals.getAccessibleText()).isEqualTo(totals.getText());
        assertThat(savePdf.isDisabled()).isFalse();
        for (String control : List.of("#person", "#taxYear", "#savePdfButton", "#table", "#ledgerFormat", "#exportButton")) {
            Node node = robot.lookup(control).query();
            assertThat(node.getAccessibleText()).as(control).isNotBlank();
        }
        assertThat(robot.lookup("#allYears").queryLabeled().getText()).contains("_just");
    }
}
