package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.fourpi.toolkit.app.Section;
import org.fourpi.toolkit.payments.ClaimDraft;
import org.fourpi.toolkit.payments.ClaimService;
import org.fourpi.toolkit.payments.FeeUnit;
import org.fourpi.toolkit.payments.LineInput;
import org.fourpi.toolkit.payments.PaymentMethod;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.settings.OrganisationProfile;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Alt and an underlined letter in the real window, headless: the letter reaches the control in view. */
class MnemonicsUiTest extends WindowTest {

    private void open() throws Exception {
        test = TestServices.open(temp);
        app = UiTestSupport.start(test);
    }

    private void openWithExampleData() throws Exception {
        test = TestServices.open(temp);
        test.services().exampleData().fill();
        app = UiTestSupport.start(test);
    }

    private void show(Section section) {
        robot.interact(() -> robot.lookup("#navigation").queryAs(ListView.class).getSelectionModel().select(section));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void altAnd(KeyCode letter) {
        robot.press(KeyCode.ALT, letter).release(letter, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Scene scene() {
        return robot.lookup(".main-window").query().getScene();
    }

    @Test
    void altAndPReachesThePersonOnTheStatementAfterTheHomePageUsedP() throws Exception {
        test = TestServices.open(temp);
        test.services().organisations().save(new OrganisationProfile("Northside Carers", "", "", "", "", "", "",
                "", "", "", "", null));
        app = UiTestSupport.start(test);
        ListView<?> navigation = robot.lookup("#navigation").queryAs(ListView.class);
        assertThat(robot.lookup("#editProfileButton").queryLabeled().getText()).isEqualTo("Edit the organisation _profile");

        altAnd(KeyCode.P);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> navigation.getSelectionModel().getSelectedItem() == Section.SETTINGS);
        show(Section.PAYMENTS);
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        ComboBox<?> person = robot.lookup("#person").queryAs(ComboBox.class);
        robot.interact(() -> robot.lookup("#taxYear").query().requestFocus());

        altAnd(KeyCode.P);

        assertThat(person.isFocused()).as("Alt+P moves to the person on the statement").isTrue();
    }

    @Test
    void aLetterOnATabThatIsNotShownDoesNotTakeTheKey() throws Exception {
        open();
        ClaimsUi.openClaims(robot);
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> robot.lookup("#navigation").query().requestFocus());

        // "Activity _to" here, on Claims, and "_Tax year" on Budget, not shown, share the letter T.
        altAnd(KeyCode.T);

        assertThat(scene().getFocusOwner()).isSameAs(robot.lookup("#toFilter").query());

        robot.interact(() -> tabs.getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Budget");

        altAnd(KeyCode.T);

        assertThat(scene().getFocusOwner()).isSameAs(robot.lookup("#yearChoice").query());
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(3);
    }

    @Test
    void releasingAltAfterALetterLeavesTheMenusAloneSoDownAndEnterDoNotQuit() throws Exception {
        open();
        show(Section.PAYMENTS);
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#person").query().requestFocus());

        // People often let go of Alt a moment before the letter.
        robot.press(KeyCode.ALT, KeyCode.Y).release(KeyCode.ALT).release(KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Window.getWindows()).as("the window is still open").isNotEmpty();
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(menus.getMenus()).noneMatch(menu -> menu.isShowing());
        assertThat(robot.lookup("#taxYear").queryAs(ComboBox.class).isFocused()).isTrue();
    }

    @Test
    void theMenuBarsOwnLettersStillOpenTheMenus() throws Exception {
        open();
        show(Section.PAYMENTS);
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<KeyCode> letters = List.of(KeyCode.F, KeyCode.V, KeyCode.G, KeyCode.H);

        for (int i = 0; i < letters.size(); i++) {
            Menu menu = menus.getMenus().get(i);
            altAnd(letters.get(i));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, menu::isShowing);
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !menu.isShowing());
        }
    }

    /** Walks every section, tab and claim step with example data; menus count on every page. */
    @Test
    void noTwoControlsInViewShareAnUnderlinedLetter() throws Exception {
        test = TestServices.open(temp);
        test.services().exampleData().fill();
        addAClaimAtEachStep();
        app = UiTestSupport.start(test);
        List<String> clashes = new ArrayList<>();
        List<String> views = new ArrayList<>();
        for (Section section : Section.values()) {
            show(section);
            if (section == Section.PEOPLE) {
                openAPersonsRecord();
            } else if (section == Section.PAYMENTS) {
                ClaimsUi.openClaims(robot);
                ClaimsUi.startNewClaim(robot);
            } else if (section == Section.MEETINGS) {
                clashes.addAll(MnemonicClashes.in(robot, "MEETINGS > list", scene().getRoot()));
                MeetingsUi.startNewMeeting(robot);
            }
            Parent root = scene().getRoot();
            List<TabPane> tabPanes = new ArrayList<>();
            robot.interact(() -> collectTabPanes(root, tabPanes));
            views.add(section.name());
            clashes.addAll(MnemonicClashes.in(robot, section.name(), root));
            if (section == Section.PAYMENTS) {
                ClaimsUi.backToList(robot);
                clashes.addAll(clashesInEachClaim(root, views));
            }
            for (TabPane tabPane : tabPanes) {
                for (Tab tab : List.copyOf(tabPane.getTabs())) {
                    robot.interact(() -> tabPane.getSelectionModel().select(tab));
                    WaitForAsyncUtils.waitForFxEvents();
                    views.add(section.name() + " > " + tab.getText());
                    clashes.addAll(MnemonicClashes.in(robot, section.name() + " > " + tab.getText(), root));
                }
                robot.interact(() -> tabPane.getSelectionModel().select(0));
            }
        }
        assertThat(views).anyMatch(view -> view.contains("Robin Hale") && view.contains("Paid"));
        assertThat(views).contains("PEOPLE > Consent", "PAYMENTS > Statements and ledger", "PAYMENTS > Budget");
        assertThat(clashes).isEmpty();
    }

    private void addAClaimAtEachStep() {
        long robin = test.services().people().save(Person.named("Robin", "Hale").withStatus(InvolvementStatus.ACTIVE)).id();
        ClaimService claims = test.services().claims();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(claims.create(new ClaimDraft(robin, "Steering group", "", LocalDate.of(2026, 11, 2 + i), "",
                    List.of(LineInput.fee(FeeUnit.HOURS, new BigDecimal("2"))))).id());
        }
        ids.subList(1, 5).forEach(id -> claims.submit(id, LocalDate.of(2026, 11, 10)));
        ids.subList(2, 4).forEach(id -> claims.approve(id, LocalDate.of(2026, 11, 11)));
        claims.markPaid(ids.get(3), LocalDate.of(2026, 11, 12), PaymentMethod.BANK_TRANSFER, "");
        claims.reject(ids.get(4), "Not an activity we pay for");
    }

    /** Opens each claim in the list, as Enter does, and looks at its page. */
    private List<String> clashesInEachClaim(Parent root, List<String> views) throws Exception {
        List<String> clashes = new ArrayList<>();
        TableView<?> table = ClaimsUi.claimsTable(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() >= 5);
        for (int row = 0; row < table.getItems().size(); row++) {
            int index = row;
            robot.interact(() -> {
                table.requestFocus();
                table.getSelectionModel().clearAndSelect(index);
                table.getFocusModel().focus(index);
            });
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ClaimsUi.shown(robot, "#claimTitle")
                    && !UiTestSupport.label(robot, "#standingLabel").isBlank());
            WaitForAsyncUtils.waitForFxEvents();
            String view = "PAYMENTS > Claims > " + UiTestSupport.label(robot, "#claimTitle")
                    + " (" + UiTestSupport.label(robot, "#standingLabel") + ")";
            views.add(view);
            clashes.addAll(MnemonicClashes.in(robot, view, root));
            ClaimsUi.backToList(robot);
        }
        return clashes;
    }

    private void openAPersonsRecord() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#filter").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#filter").query().requestFocus());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstName").tryQuery().isPresent());
    }

    private static void collectTabPanes(Node node, List<TabPane> found) {
        if (node instanceof TabPane tabPane) {
            found.add(tabPane);
            tabPane.getTabs().forEach(tab -> {
                if (tab.getContent() != null) {
                    collectTabPanes(tab.getContent(), found);
                }
            });
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTabPanes(child, found));
        }
    }
}
