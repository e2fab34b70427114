package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.scene.input.KeyCode;

import org.fourpi.toolkit.meetings.InvitationRole;
import org.fourpi.toolkit.meetings.MeetingKind;
import org.fourpi.toolkit.meetings.MeetingsViewModel;
import org.fourpi.toolkit.people.AccessNeed;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Meetings section, used from the keyboard in the real window, headless. */
class MeetingsUiTest extends WindowTest {

    private void person(String first, String last, Perspective perspective) {
        test.services().people().save(new Person(null, first, last, "", perspective, Set.of(), "", Set.of(), "", "",
                "", "", null, false, null, Set.of(AccessNeed.LARGE_PRINT), "", "", InvolvementStatus.ACTIVE));
    }

    @Test
    void plansAMeetingInvitesThreePeopleAddsAnItemAndSeesTheChecksChange() throws Exception {
        test = TestServices.open(temp);
        person("Samira", "Okafor", Perspective.SERVICE_USER);
        person("Tom", "Reilly", Perspective.CARER);
        person("Ade", "Bello", Perspective.STAFF);
        app = UiTestSupport.start(test);
        MeetingsUi.openMeetings(robot);
        MeetingsUi.startNewMeeting(robot);

        MeetingsUi.fillDetails(robot, "Steering group", MeetingKind.STEERING_GROUP, "10/12/2026", "10:30", "12:30",
                "Jo Patel, 07700 900123");
        MeetingsUi.saveDetails(robot, "meetings.editor.savedNew");
        assertThat(MeetingsUi.checks(robot)).containsExactly("Presence: Only 0 service users or carers are invited. "
                + "The standards ask for at least two, and ideally three, so nobody is left to speak for everyone.");

        MeetingsUi.invite(robot, "Samira Okafor", InvitationRole.MEMBER);
        MeetingsUi.invite(robot, "Ade Bello", InvitationRole.STAFF);
        assertThat(MeetingsUi.checks(robot)).singleElement().asString().startsWith("Presence: Only 1 service users or carers");
        MeetingsUi.invite(robot, "Tom Reilly", InvitationRole.MEMBER);
        assertThat(MeetingsUi.invitedTable(robot).getItems()).hasSize(3);
        assertThat(MeetingsUi.checks(robot)).isEmpty();
        assertThat(MeetingsUi.checksSummary(robot)).startsWith("The plan meets these checks");

        MeetingsUi.addAgendaItem(robot, 1, "Next year's budget");
        robot.interact(() -> robot.lookup("#agendaPaperExpected1").query().requestFocus());
        robot.type(KeyCode.SPACE);
        MeetingsUi.saveAgenda(robot);

        assertThat(MeetingsUi.checks(robot)).containsExactly(
                "Process: Papers are still to come for: Next year's budget. Papers should go out with the pack.");
        assertThat(MeetingsUi.checksSummary(robot)).startsWith("There is one thing to look at.");

        MeetingsUi.backToList(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> MeetingsUi.meetingsTable(robot).getItems().size() == 1);
        MeetingsViewModel.Row row = (MeetingsViewModel.Row) MeetingsUi.meetingsTable(robot).getItems().get(0);
        assertThat(row.title()).isEqualTo("Steering group");
        assertThat(row.invited()).isEqualTo("3 people");
    }
}
