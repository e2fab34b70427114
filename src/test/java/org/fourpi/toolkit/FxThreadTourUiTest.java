package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.fourpi.toolkit.app.Section;
import org.fourpi.toolkit.settings.Appearance;
import org.fourpi.toolkit.testing.FxThreadWatch;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A scripted tour of every screen of the real window, on the example organisation, watched for
 * database or file work on the JavaFX thread, which would hold up the window (issue 8).
 */
class FxThreadTourUiTest extends WindowTest {

    private RecordingDialogs dialogs;

    @Test
    void noScreenReadsTheDatabaseOrAFileOnTheWindowsThread() throws Exception {
        Path data = temp.resolve("data");
        test = TestServices.open(data);
        test.services().exampleData().fill();
        dialogs = new RecordingDialogs().chooseFile(temp.resolve("Meeting pack"))
                .chooseFolder(Files.createDirectories(temp.resolve("stick"))).answerConfirm(true);

        FxThreadWatch watch = FxThreadWatch.start(data);
        try {
            app = start(dialogs);
            tour();
        } catch (Exception | AssertionError stepFailed) {
            // Work refused on the JavaFX thread can stop the tour: name it along with the step.
            List<String> found = watch.stop();
            if (!found.isEmpty()) {
                stepFailed.addSuppressed(new AssertionError(listing(found)));
            }
            throw stepFailed;
        }
        List<String> found = watch.stop();

        assertThat(found).as(listing(found)).isEmpty();
        assertThat(dialogs.shown()).as("no step went wrong").noneMatch(shown -> "error".equals(shown.kind()));
    }

    private static String listing(List<String> found) {
        return "database or file work on the JavaFX thread:\n" + String.join("\n\n", found);
    }

    /**
     * Opens the window as {@link UiTestSupport#start} does, with longer to wait: the flight recorder slows
     * the start on a busy machine.
     */
    private App start(RecordingDialogs dialogs) throws Exception {
        AtomicBoolean shown = new AtomicBoolean();
        Appearance appearance = test.services().preferences().appearance();
        App started = (App) FxToolkit.setupApplication(() -> new App(test.services(), TestServices.MESSAGES,
                appearance, stage -> shown.set(true), () -> { }, stage -> dialogs));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, shown::get);
        return started;
    }

    private void tour() throws Exception {
        for (Section section : Section.values()) {
            shortcut(section);
        }
        people();
        meetings();
        payments();
        assessments();
        settings();
        exportAll();
        about();
        quit();
    }

    private void people() throws Exception {
        shortcut(Section.PEOPLE);
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        int everyone = table.getItems().size();
        UiTestSupport.fill(robot, "#filter", "sam");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() < everyone);
        TextField filter = robot.lookup("#filter").queryAs(TextField.class);
        robot.interact(filter::clear);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == everyone);
        robot.interact(filter::requestFocus);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstName").tryQuery()
                .map(n -> !((TextField) n).getText().isEmpty()).orElse(false));
        everyTab(tabsWith("Consent"));
        everyTab(tabsWith(TestServices.MESSAGES.text("people.tab.presence")));
    }

    private void meetings() throws Exception {
        MeetingsUi.openMeetings(robot);
        TableView<?> table = MeetingsUi.meetingsTable(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().selectFirst();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#meetingTitle").tryQuery()
                .map(n -> n.isVisible() && !((TextField) n).getText().isEmpty()).orElse(false));
        settle();
        UiTestSupport.press(robot, "#makePackButton");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> UiTestSupport.label(robot, "#packMessage").startsWith("Saved the pack ("));
        settle();
        MeetingsUi.backToList(robot);
        settle();
    }

    private void payments() throws Exception {
        ClaimsUi.openClaims(robot);
        TableView<?> table = ClaimsUi.claimsTable(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().selectFirst();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#claimPerson").tryQuery()
                .map(Node::isVisible).orElse(false));
        settle();
        ClaimsUi.backToList(robot);
        everyTab(tabsWith(TestServices.MESSAGES.text("payments.tab.budget")));
    }

    private void assessments() throws Exception {
        shortcut(Section.ASSESSMENT);
        TabPane tabs = tabsWith("Results");
        robot.interact(() -> tabs.getSelectionModel().selectFirst());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#newAssessmentButton").tryQuery()
                .map(Node::isVisible).orElse(false));
        robot.press(KeyCode.ALT, KeyCode.N).release(KeyCode.N, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#startTitle").tryQuery()
                .map(Node::isVisible).orElse(false));
        settle();
        everyTab(tabs);
        // The results: the report and the workbook are written as background work.
        robot.interact(() -> tabs.getSelectionModel().select(1));
        Node results = tabs.getTabs().get(1).getContent();
        Label overall = robot.from(results).lookup("#overallLabel").queryAs(Label.class);
        Label message = robot.from(results).lookup("#messageLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !overall.getText().isEmpty());
        for (String button : List.of("#reportButton", "#workbookButton")) {
            Node press = robot.from(results).lookup(button).query();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !press.isDisabled());
            String before = message.getText();
            robot.interact(press::requestFocus);
            robot.type(KeyCode.SPACE);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !message.getText().equals(before)
                    && message.getText().contains(temp.toString()));
        }
        settle();
    }

    private void settings() throws Exception {
        shortcut(Section.SETTINGS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#termsTable").queryAs(TableView.class).getItems().isEmpty());
        // The glossary's jargon check.
        UiTestSupport.fill(robot, "#checkTextArea", "The CMHT asked the PCN.");
        UiTestSupport.press(robot, "#checkButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !UiTestSupport.label(robot, "#checkStatusLabel").isEmpty());
        settle();
        // Appearance: larger text is saved, then back to the usual size.
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        settle();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        settle();
        UiTestSupport.press(robot, ".backup-now");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> UiTestSupport.label(robot, ".backup-status").startsWith("Backup saved as "));
        settle();
        UiTestSupport.press(robot, "#retentionCheckButton");
        settle();
        UiTestSupport.press(robot, "#openAuditLogButton");
        TableView<?> log = robot.lookup("#auditTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !log.getItems().isEmpty());
        Window logWindow = log.getScene().getWindow();
        robot.targetWindow(logWindow).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !logWindow.isShowing());
        settle();
    }

    /** File, Export all data: every record into one workbook, written as background work. */
    private void exportAll() throws Exception {
        MenuItem exportAll = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().getFirst()
                .getItems().getFirst();
        robot.interact(exportAll::fire);
        String done = TestServices.MESSAGES.text("exportAll.done.title");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> dialogs.shown().stream()
                .anyMatch(shown -> done.equals(shown.title())));
        settle();
    }

    private void about() throws Exception {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().size() == 2);
        assertThat(robot.lookup(".label").queryAllAs(Label.class))
                .anySatisfy(label -> assertThat(label.getText()).contains("NSUN"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().size() == 1);
    }

    /** Ctrl+Q with a new assessment still open: what is waiting is saved as the window closes. */
    private void quit() throws Exception {
        Window main = robot.lookup(".main-window").query().getScene().getWindow();
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !main.isShowing());
        settle();
    }

    private void shortcut(Section section) throws Exception {
        KeyCode digit = KeyCode.valueOf("DIGIT" + section.shortcutDigit());
        robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
        settle();
    }

    /** The tab pane that has a tab with the given name. */
    private TabPane tabsWith(String tabName) {
        return robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(t -> t.getTabs().stream().anyMatch(tab -> tabName.equals(tab.getText())))
                .findFirst().orElseThrow(() -> new AssertionError("no tabs with " + tabName));
    }

    private void everyTab(TabPane tabs) throws Exception {
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tabs.getTabs().get(index).isDisabled());
            robot.interact(() -> tabs.getSelectionModel().select(index));
            settle();
        }
    }

    /** Lets the background work started by the last step finish and show its outcome. */
    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
