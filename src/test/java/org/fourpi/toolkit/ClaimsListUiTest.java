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
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;

import org.fourpi.toolkit.common.db.DataFolder;
import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.payments.ClaimDraft;
import org.fourpi.toolkit.payments.ClaimsListViewModel;
import org.fourpi.toolkit.payments.FeeUnit;
import org.fourpi.toolkit.payments.LineInput;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A claims list longer than the first claims it shows, used from the keyboard in the real window, headless. */
class ClaimsListUiTest extends WindowTest {

    private static final int CLAIMS = ClaimsListViewModel.SHOWN_AT_FIRST + 1;

    @Test
    void saysHowManyClaimsThereAreAndShowsThemAllFromTheKeyboard() throws Exception {
        test = TestServices.open(temp);
        long samira = test.services().people().save(Person.named("Samira", "Okafor")
                .withStatus(InvolvementStatus.ACTIVE)).id();
        test.services().claims().create(new ClaimDraft(samira, "Steering group", "", LocalDate.of(2026, 11, 25), "",
                List.of(LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE))));
        test.close();
        test = null;
        copiesOfTheClaim(CLAIMS - 1);
        test = TestServices.open(temp);
        RecordingDialogs dialogs = new RecordingDialogs();
        app = UiTestSupport.start(test, dialogs);
        ClaimsUi.openClaims(robot);

        assertThat(UiTestSupport.label(robot, "#totalsLabel")).isEqualTo("Showing the first 500 of 501 claims. "
                + "All 501 together: owed to people £10,020.00, paid by the organisation £0.00.");
        assertThat(ClaimsUi.claimsTable(robot).getItems()).hasSize(500);
        Button showAll = robot.lookup("#showAllButton").queryAs(Button.class);
        assertThat(ClaimsUi.shown(robot, "#showAllButton")).isTrue();
        assertThat(showAll.getText()).isEqualTo("Sho_w all 501 claims");
        assertThat(showAll.getAccessibleText()).isEqualTo("Show all 501 claims in the list");
        assertThat(mnemonics(ClaimsUi.claimsTable(robot).getParent())).contains("w").doesNotHaveDuplicates();

        robot.interact(() -> robot.lookup("#clearButton").query().requestFocus());
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showAll.isFocused()).as("the next stop after the filters' buttons").isTrue();

        robot.press(KeyCode.ALT, KeyCode.W).release(KeyCode.W, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ClaimsUi.claimsTable(robot).getItems().size() == CLAIMS);

        assertThat(UiTestSupport.label(robot, "#totalsLabel"))
                .isEqualTo("501 claims shown. Owed to people: £10,020.00. Paid by the organisation: £0.00.");
        assertThat(ClaimsUi.shown(robot, "#showAllButton")).as("nothing more to show").isFalse();
        assertThat(ClaimsUi.claimsTable(robot).isFocused()).as("the keyboard carries on in the list").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.shown()).as("no problem reported on the way").isEmpty();
    }

    /** Copies of the one claim, with its hour's fee of £20.00, on days going back from its own: quicker than saving each. */
    private void copiesOfTheClaim(int copies) {
        try (DataFolder folder = DataFolder.open(temp); Database database = Database.open(folder)) {
            database.transaction(db -> {
                db.execute("INSERT INTO claim (person_id, activity, activity_date, status, created_at, updated_at) "
                        + "SELECT person_id, activity, DATEADD(DAY, -MOD(X, 200), activity_date), status, created_at, "
                        + "updated_at FROM claim, SYSTEM_RANGE(1, ?)", copies);
                db.execute("INSERT INTO claim_line (claim_id, position, category, fee_unit, quantity, amount, "
                        + "paid_by_organisation, created_at) SELECT c.id, l.position, l.category, l.fee_unit, l.quantity, "
                        + "l.amount, l.paid_by_organisation, l.created_at FROM claim c, claim_line l WHERE c.id <> l.claim_id");
            });
        }
    }

    private static List<String> mnemonics(Node page) {
        List<String> letters = new ArrayList<>();
        collect(page, letters);
        return letters;
    }

    private static void collect(Node node, List<String> letters) {
        if (node instanceof Labeled labeled && labeled.isMnemonicParsing() && labeled.getText() != null
                && labeled.isVisible()) {
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
