package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.payments.ClaimCategory;
import org.fourpi.toolkit.payments.ClaimDraft;
import org.fourpi.toolkit.payments.ClaimService;
import org.fourpi.toolkit.payments.FeeUnit;
import org.fourpi.toolkit.payments.LineInput;
import org.fourpi.toolkit.payments.PaymentMethod;
import org.fourpi.toolkit.payments.TimelinessViewModel;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Time to pay and Budget tabs of the Payments section, reached from the keyboard in the real window. */
class PaymentsReportsUiTest extends WindowTest {

    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);

    private long paidClaim(long person, LocalDate activity, int days, LineInput line) {
        ClaimService claims = test.services().claims();
        long id = claims.create(new ClaimDraft(person, "Steering group", "", activity, "", List.of(line))).id();
        claims.submit(id, activity);
        claims.approve(id, activity);
        claims.markPaid(id, activity.plusDays(days), PaymentMethod.BANK_TRANSFER, "BACS");
        return id;
    }

    private void openPayments() throws Exception {
        test = TestServices.open(temp);
        long samira = test.services().people().save(Person.named("Samira", "Okafor")
                .withStatus(InvolvementStatus.ACTIVE)).id();
        LineInput taxi = LineInput.cost(ClaimCategory.TAXI, "", Money.of("60.00"));
        paidClaim(samira, OCT_1, 4, taxi);
        paidClaim(samira, OCT_1, 10, taxi);
        paidClaim(samira, OCT_1, 21, LineInput.fee(FeeUnit.HOURS, BigDecimal.TWO));
        ClaimService claims = test.services().claims();
        long waiting = claims.create(new ClaimDraft(samira, "Training", "", LocalDate.of(2026, 11, 2), "",
                List.of(taxi))).id();
        claims.submit(waiting, LocalDate.of(2026, 11, 2));
        test.services().budget().save(TaxYear.starting(2026), Map.of(ClaimCategory.TAXI, Money.of("100.00"),
                ClaimCategory.FEE, Money.of("500.00")));
        app = UiTestSupport.start(test);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TabPane paymentTabs() {
        return robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(pane -> pane.getTabs().stream().anyMatch(tab -> "Time to pay".equals(tab.getText())))
                .findFirst().orElseThrow();
    }

    private String selectedTab() {
        return paymentTabs().getSelectionModel().getSelectedItem().getText();
    }

    @Test
    void readsTimeToPayAndTheBudgetAfterMovingToThemByKeyboard() throws Exception {
        openPayments();
        TabPane tabs = paymentTabs();
        assertThat(tabs.isVisible()).isTrue();
        robot.interact(tabs::requestFocus);
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertThat(selectedTab()).isEqualTo("Time to pay");

        UiTestSupport.waitForLabel(robot, "#waitingLabel",
                "Waiting now: 1 claim is submitted or approved but not yet paid; 1 is past the target.");
        assertThat(UiTestSupport.label(robot, "#summaryLabel")).isEqualTo("From 1 December 2025 to 26 November 2026, "
                + "3 claims were paid; half within 10 days; 67% within the 14-day target.");
        @SuppressWarnings("unchecked")
        TableView<TimelinessViewModel.Row> months = robot.lookup("#monthsTable").queryAs(TableView.class);
        assertThat(months.getItems()).filteredOn(row -> row.month().equals("October 2026")).singleElement()
                .satisfies(row -> {
                    assertThat(row.median()).isEqualTo("10 days");
                    assertThat(row.withinTarget()).isEqualTo("67% (2 of 3)");
                });
        assertThat(robot.lookup(".timeliness-chart").tryQuery()).isPresent();

        robot.interact(tabs::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertThat(selectedTab()).isEqualTo("Budget");
        UiTestSupport.waitForLabel(robot, "#budgetSummaryLabel",
                "Tax year 2026-27: budget £600.00; spent £160.00; committed £60.00; £380.00 left.");
        assertThat(visibleTexts()).contains("£80.00 over", "£460.00 left");

        TextField taxiBudget = robot.lookup(".budget-input").queryAllAs(TextField.class).stream()
                .filter(field -> "Budget for Taxi".equals(field.getAccessibleText())).findFirst().orElseThrow();
        robot.interact(() -> {
            taxiBudget.requestFocus();
            taxiBudget.selectAll();
        });
        robot.write("£1,000");
        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        UiTestSupport.waitForLabel(robot, "#budgetStatusLabel", "Saved the budget for 2026-27.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleTexts().contains("£820.00 left"));
        assertThat(test.services().budget().amounts(TaxYear.starting(2026)))
                .containsEntry(ClaimCategory.TAXI, Money.of("1000.00"));
    }

    private List<String> visibleTexts() {
        Node grid = robot.lookup(".budget-grid").query();
        return robot.from(grid).lookup(".label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
    }
}
