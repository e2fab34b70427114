package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.fourpi.toolkit.payments.ClaimCategory;
import org.fourpi.toolkit.payments.ClaimDraft;
import org.fourpi.toolkit.payments.ClaimFilter;
import org.fourpi.toolkit.payments.ClaimStatus;
import org.fourpi.toolkit.payments.ClaimSummary;
import org.fourpi.toolkit.payments.ClaimsListViewModel;
import org.fourpi.toolkit.payments.FeeUnit;
import org.fourpi.toolkit.payments.LineInput;
import org.fourpi.toolkit.payments.PaymentMethod;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Claims tab of the Payments section, used from the keyboard in the real window, headless. */
class ClaimsUiTest extends WindowTest {

    private long samira;

    private void openWithSamira() throws Exception {
        test = TestServices.open(temp);
        samira = test.services().people().save(Person.named("Samira", "Okafor").withStatus(InvolvementStatus.ACTIVE)).id();
        app = UiTestSupport.start(test);
        ClaimsUi.openClaims(robot);
    }

    @Test
    void recordsAFeeAndChildcareClaimAndTakesItFromDraftToPaid() throws Exception {
        openWithSamira();
        ClaimsUi.startNewClaim(robot);
        ClaimsUi.fillDetails(robot, "Samira Okafor", "Steering group", "12/11/2026");
        ClaimsUi.setLineFigure(robot, 1, "payments.claims.field.feeQuantity", "2");
        ClaimsUi.addLine(robot, 2, ClaimCategory.CHILDCARE);
        ClaimsUi.setLineFigure(robot, 2, "payments.claims.field.hours", "3");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ClaimsUi.owed(robot).equals("Owed to the person: £76.00"));
        assertThat(ClaimsUi.lineAmount(robot, 1)).isEqualTo("Amount: £40.00");
        assertThat(ClaimsUi.lineAmount(robot, 2)).isEqualTo("Amount: £36.00");

        ClaimsUi.step(robot, "#saveClaimButton", "payments.claims.status.saved");
        assertThat(ClaimsUi.standing(robot)).startsWith("Status: Draft.");
        ClaimsUi.step(robot, "#submitButton", "payments.claims.status.submitted");
        assertThat(ClaimsUi.standing(robot)).isEqualTo("Status: Submitted, received 26 Nov 2026. It is waiting for approval.");
        ClaimsUi.step(robot, "#approveButton", "payments.claims.status.approved");
        assertThat(robot.lookup("#paidOn").query().isFocused()).as("the keyboard moves on to the next step").isTrue();
        ClaimsUi.choose(robot, robot.lookup("#paidBy").queryAs(ComboBox.class), PaymentMethod.BANK_TRANSFER);
        ClaimsUi.type(robot, robot.lookup("#reference").queryAs(TextField.class), "BACS 1234");
        ClaimsUi.step(robot, "#markPaidButton", "payments.claims.status.paid");

        assertThat(ClaimsUi.standing(robot)).isEqualTo("Status: Paid on 26 Nov 2026 by Bank transfer, reference BACS 1234.");
        assertThat(ClaimsUi.owed(robot)).isEqualTo("Owed to the person: £76.00");
        assertThat(ClaimsUi.shown(robot, "#readOnlyLabel")).as("a paid claim says it cannot be changed").isTrue();
        assertThat(ClaimsUi.shown(robot, "#saveClaimButton")).isFalse();
        assertThat(ClaimsUi.lineField(robot, 2, "payments.claims.field.hours", TextField.class).isEditable())
                .as("still readable, but not to be changed").isFalse();
        assertThat(robot.lookup("#auditTable").queryTableView().getItems()).hasSize(4);

        ClaimsUi.backToList(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ClaimsUi.claimsTable(robot).getItems().size() == 1);
        ClaimsListViewModel.Row row = (ClaimsListViewModel.Row) ClaimsUi.claimsTable(robot).getItems().getFirst();
        assertThat(row.status()).isEqualTo("Paid");
        assertThat(row.owed()).isEqualTo("£76.00");
        assertThat(UiTestSupport.label(robot, "#totalsLabel"))
                .isEqualTo("1 claim shown. Owed to people: £76.00. Paid by the organisation: £0.00.");
        assertThat(test.services().claims().list(ClaimFilter.ALL)).singleElement()
                .extracting(ClaimSummary::status).isEqualTo(ClaimStatus.PAID);

        // The paid claim is in Samira's statement for the tax year, fee and childcare apart.
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        ClaimsUi.choosePerson(robot, "#person", "Samira Okafor");
        TableView<?> statement = robot.lookup("#table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> statement.getItems().size() == 2);
        assertThat(UiTestSupport.label(robot, "#statementTotals")).contains("Fees (income): £40.00.",
                "Expenses paid back: £36.00.", "Paid so far: £76.00. Still to pay: £0.00.");
    }

    @Test
    void opensTheLongestWaitingClaimWithEnterAndSaysItIsPastTheTarget() throws Exception {
        test = TestServices.open(temp);
        samira = test.services().people().save(Person.named("Samira", "Okafor").withStatus(InvolvementStatus.ACTIVE)).id();
        var claims = test.services().claims();
        var late = claims.create(new ClaimDraft(samira, "Steering group", "", LocalDate.of(2026, 11, 2), "",
                List.of(LineInput.fee(FeeUnit.HOURS, new BigDecimal("2")))));
        claims.submit(late.id(), LocalDate.of(2026, 11, 3));
        claims.create(new ClaimDraft(samira, "Carers forum", "", LocalDate.of(2026, 11, 20), "",
                List.of(LineInput.hours(ClaimCategory.CHILDCARE, BigDecimal.ONE))));
        app = UiTestSupport.start(test);
        ClaimsUi.openClaims(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ClaimsUi.claimsTable(robot).getItems().size() == 2);

        ClaimsListViewModel.Row first = (ClaimsListViewModel.Row) ClaimsUi.claimsTable(robot).getItems().getFirst();
        assertThat(first.waiting()).isEqualTo("Waiting 24 days - past the 14-day target");

        robot.interact(() -> ClaimsUi.claimsTable(robot).requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Claim for Samira Okafor: Steering group"
                .equals(UiTestSupport.label(robot, "#claimTitle")));
        assertThat(ClaimsUi.shown(robot, "#approveButton")).isTrue();
        assertThat(ClaimsUi.shown(robot, "#submitButton")).isFalse();
    }

    @Test
    void findsAPersonByTypingTheFirstLetterOfTheirName() throws Exception {
        openWithSamira();
        test.services().people().save(Person.named("Tom", "Baker").withStatus(InvolvementStatus.ACTIVE));
        ClaimsUi.startNewClaim(robot);
        ComboBox<?> person = robot.lookup("#claimPerson").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> person.getItems().size() == 2);

        robot.write("t");
        assertThat(person.getValue()).hasToString("Tom Baker");
        robot.write("s");
        assertThat(person.getValue()).hasToString("Samira Okafor");
    }

    @Test
    void asksBeforeClosingTheProgramWithAnUnsavedClaim() throws Exception {
        openWithSamira();
        ClaimsUi.startNewClaim(robot);
        ClaimsUi.type(robot, robot.lookup("#claimActivity").queryAs(TextField.class), "Steering group");

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.listWindows()).as("the question is asked in a window of its own").hasSizeGreaterThan(1);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#claimActivity").queryAs(TextField.class).getText()).isEqualTo("Steering group");
    }

    @Test
    void givesNoTwoControlsOnAClaimOrTheListTheSameAltKey() throws Exception {
        openWithSamira();
        List<String> onList = mnemonics(robot.lookup("#claimsTable").query().getParent());
        ClaimsUi.startNewClaim(robot);
        List<String> onClaim = mnemonics(robot.lookup("#claimPerson").query().getParent().getParent().getParent());

        assertThat(onList).contains("n", "s", "p", "a", "c", "o", "t", "l", "r", "e").doesNotHaveDuplicates();
        assertThat(onClaim).contains("b", "p", "a", "k", "d", "n", "l", "s", "e", "u", "r", "i", "w", "y", "m", "j",
                "c", "o", "t").doesNotHaveDuplicates();
    }

    private List<String> mnemonics(Node page) {
        List<String> letters = new ArrayList<>();
        collect(page, letters);
        robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()
                .forEach(menu -> letters.add(menu.getText().substring(menu.getText().indexOf('_') + 1).substring(0, 1)
                        .toLowerCase(Locale.UK)));
        return letters;
    }

    private static void collect(Node node, List<String> letters) {
        if (node instanceof Labeled labeled && labeled.isMnemonicParsing() && labeled.getText() != null) {
            int at = labeled.getText().indexOf('_');
            if (at >= 0 && at + 1 < labeled.getText().length()) {
                letters.add(labeled.getText().substring(at + 1, at + 2).toLowerCase(Locale.UK));
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, letters));
        }
    }
}
