package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;

import org.fourpi.toolkit.meetings.InvitationRole;
import org.fourpi.toolkit.meetings.MeetingEditorViewModel;
import org.fourpi.toolkit.meetings.MeetingKind;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.testfx.util.WaitForAsyncUtils;

/** The meeting pack made through the real window, headless: the file chooser answered, the PDF read back. */
class MeetingPackUiTest extends WindowTest {

    private static final List<String> PEOPLE = List.of("Samira Okafor", "Tom Reilly", "Rosa Delgado");

    private void person(String first, String last, Perspective perspective) {
        test.services().people().save(new Person(null, first, last, "", perspective, Set.of(), "", Set.of(), "", "",
                "", "", null, false, null, Set.of(), "", "", InvolvementStatus.ACTIVE));
    }

    @Test
    void makesThePackForAMeetingPlannedInTheWindowWithAClaimFormForEachPersonInvited() throws Exception {
        test = TestServices.open(temp.resolve("data"));
        person("Samira", "Okafor", Perspective.SERVICE_USER);
        person("Tom", "Reilly", Perspective.CARER);
        person("Rosa", "Delgado", Perspective.SERVICE_USER);
        Path chosen = temp.resolve("Focus group pack");
        RecordingDialogs dialogs = new RecordingDialogs().chooseFile(chosen);
        app = UiTestSupport.start(test, dialogs);
        MeetingsUi.openMeetings(robot);
        MeetingsUi.startNewMeeting(robot);
        MeetingsUi.fillDetails(robot, "Talking about crisis care", MeetingKind.FOCUS_GROUP, "10/12/2026", "13:30",
                "15:30", "Jo Patel, 07700 900123");
        MeetingsUi.saveDetails(robot, "meetings.editor.savedNew");
        for (String name : PEOPLE) {
            MeetingsUi.invite(robot, name, InvitationRole.MEMBER);
        }
        assertThat(MeetingsUi.invitedTable(robot).getItems()).hasSize(3);

        UiTestSupport.press(robot, "#makePackButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> UiTestSupport.label(robot, "#packMessage").startsWith("Saved the pack ("));

        Path pack = temp.resolve("Focus group pack.pdf");
        assertThat(UiTestSupport.label(robot, "#packMessage")).endsWith(" as " + pack + ".");
        List<String> pages = pagesOf(pack);
        String text = String.join("\n", pages);
        assertThat(text).contains("Talking about crisis care");
        for (String name : PEOPLE) {
            assertThat(text).contains("Claim form for " + name);
            int filledIn = -1;
            for (int page = 0; page < pages.size(); page++) {
                if (pages.get(page).contains("Your name" + name)) {
                    filledIn = page;
                }
            }
            assertThat(filledIn).as("a claim form filled in for " + name).isPositive();
            assertThat(pages.get(filledIn - 1)).as("the form for " + name + " starts the page before")
                    .contains(TestServices.MESSAGES.text("payments.claimForm.title"));
        }
        assertThat(pages).filteredOn(page -> page.contains(TestServices.MESSAGES.text("payments.claimForm.title")))
                .as("one claim form each").hasSize(PEOPLE.size());

        Node record = robot.lookup("#recordSentButton").query();
        assertThat(record.isVisible()).isTrue();
        UiTestSupport.press(robot, "#recordSentButton");
        UiTestSupport.waitForLabel(robot, "#packMessage", "Recorded the pack as sent today, by email, to 3 people.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> MeetingsUi.invitedTable(robot).getItems().stream()
                .allMatch(row -> ((MeetingEditorViewModel.InvitationRow) row).pack().contains("26/11/2026")));
        assertThat(((Button) record).isDisabled()).isTrue();
    }

    private static List<String> pagesOf(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            return pages;
        } finally {
            reader.close();
        }
    }
}
