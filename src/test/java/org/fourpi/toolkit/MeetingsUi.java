package org.fourpi.toolkit;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.meetings.InvitationRole;
import org.fourpi.toolkit.meetings.MeetingKind;
import org.fourpi.toolkit.testing.TestServices;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Steps on the Meetings section of the real window, from the keyboard, for window tests to share: open
 * the section, plan a meeting, invite people, add to the agenda, and read the checks.
 */
final class MeetingsUi {

    private static final Messages TEXTS = TestServices.MESSAGES;

    private MeetingsUi() {
    }

    /** Ctrl+4 opens Meetings; waits for the list. */
    static void openMeetings(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#meetingsTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Alt+N on the list starts a new meeting; the keyboard is then on its title. */
    static void startNewMeeting(FxRobot robot) throws Exception {
        altAnd(robot, KeyCode.N);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#meetingTitle").tryQuery()
                .map(Node::isFocused).orElse(false));
    }

    static void altAnd(FxRobot robot, KeyCode letter) {
        robot.press(KeyCode.ALT, letter).release(letter, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void type(FxRobot robot, String query, String text) {
        ClaimsUi.type(robot, robot.lookup(query).queryAs(TextField.class), text);
    }

    /** Types the details a meeting needs: title, kind, date, times and a support contact. */
    static void fillDetails(FxRobot robot, String title, MeetingKind kind, String date, String start, String end,
                            String supportContact) {
        type(robot, "#meetingTitle", title);
        choose(robot, "#meetingKind", kind);
        type(robot, "#meetingDate", date);
        type(robot, "#meetingStarts", start);
        type(robot, "#meetingEnds", end);
        type(robot, "#supportContact", supportContact);
    }

    /** Chooses a value in a drop-down list with the arrow keys, letting each key take effect. */
    static void choose(FxRobot robot, String query, Object value) {
        ComboBox<?> box = robot.lookup(query).queryAs(ComboBox.class);
        robot.interact(box::requestFocus);
        int target = box.getItems().indexOf(value);
        for (int i = 0; i <= box.getItems().size() && !Objects.equals(box.getValue(), value); i++) {
            robot.type(box.getItems().indexOf(box.getValue()) < target ? KeyCode.DOWN : KeyCode.UP);
            WaitForAsyncUtils.waitForFxEvents();
        }
        if (!Objects.equals(box.getValue(), value)) {
            throw new AssertionError("Could not choose " + value + " in " + box.getAccessibleText());
        }
    }

    /** Alt+S saves the details; waits for the outcome in the status line. */
    static void saveDetails(FxRobot robot, String outcomeKey) throws Exception {
        altAnd(robot, KeyCode.S);
        UiTestSupport.waitForLabel(robot, "#meetingMessage", TEXTS.text(outcomeKey));
    }

    /** Chooses a person from the register and a role, then presses Invite. */
    static void invite(FxRobot robot, String name, InvitationRole role) throws Exception {
        ClaimsUi.choosePerson(robot, "#inviteePerson", name);
        choose(robot, "#inviteRole", role);
        UiTestSupport.press(robot, "#inviteButton");
        UiTestSupport.waitForLabel(robot, "#meetingMessage",
                TEXTS.text("meetings.invite.done", name, TEXTS.text(role.labelKey())));
    }

    /** Alt+A adds an item to the agenda; the keyboard lands on its title, where the title is typed. */
    static void addAgendaItem(FxRobot robot, int number, String title) throws Exception {
        altAnd(robot, KeyCode.A);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#agendaTitle" + number).tryQuery()
                .map(Node::isFocused).orElse(false));
        robot.write(title);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Alt+D saves the agenda. */
    static void saveAgenda(FxRobot robot) throws Exception {
        altAnd(robot, KeyCode.D);
        UiTestSupport.waitForLabel(robot, "#meetingMessage", TEXTS.text("meetings.agenda.saved"));
    }

    /** The checks as shown, each naming its standard. */
    static List<String> checks(FxRobot robot) {
        return robot.lookup("#checksList").queryAs(VBox.class).getChildrenUnmodifiable().stream()
                .map(node -> ((Label) node).getAccessibleText()).toList();
    }

    static String checksSummary(FxRobot robot) {
        return UiTestSupport.label(robot, "#checksSummary");
    }

    static TableView<?> invitedTable(FxRobot robot) {
        return robot.lookup("#invitedTable").queryAs(TableView.class);
    }

    /** Back to the list with the button; waits until the table is there again. */
    static void backToList(FxRobot robot) throws Exception {
        UiTestSupport.press(robot, "#meetingBackButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#meetingsTable").tryQuery().isPresent());
    }

    static TableView<?> meetingsTable(FxRobot robot) {
        return robot.lookup("#meetingsTable").queryAs(TableView.class);
    }
}
