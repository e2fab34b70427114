package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.fourpi.toolkit.assessment.Answers;
import org.fourpi.toolkit.assessment.Assessment;
import org.fourpi.toolkit.assessment.AssessmentMode;
import org.fourpi.toolkit.assessment.AssessmentService;
import org.fourpi.toolkit.assessment.AssessmentStart;
import org.fourpi.toolkit.assessment.AssessmentStatus;
import org.fourpi.toolkit.assessment.Participant;
import org.fourpi.toolkit.assessment.ParticipantInput;
import org.fourpi.toolkit.assessment.Rating;
import org.fourpi.toolkit.assessment.WizardPerson;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A whole short self-assessment through the real window, from the keyboard, headless. */
class AssessmentWizardUiTest extends WindowTest {

    private AssessmentService assessments() {
        return test.services().assessments();
    }

    private void openWithSamira() throws Exception {
        test = TestServices.open(temp);
        test.services().people().save(new Person(null, "Samira", "Okafor", "", Perspective.SERVICE_USER, Set.of(),
                "", Set.of(), "", "", "", "", null, false, null, Set.of(), "", "", InvolvementStatus.ACTIVE));
        app = UiTestSupport.start(test);
    }

    /** Ctrl+2 opens the Self-assessment section; waits for the list of assessments. */
    private void openAssessments() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#newAssessmentButton").tryQuery()
                .map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void altAnd(KeyCode letter) {
        MeetingsUi.altAnd(robot, letter);
    }

    private void focusAndType(String query, KeyCode key) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String progress() {
        return UiTestSupport.label(robot, "#progressLabel");
    }

    @Test
    void aGroupOfThreeRunsAShortAssessmentFromTheKeyboardAndEverythingIsSaved() throws Exception {
        openWithSamira();
        openAssessments();
        altAnd(KeyCode.N);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#startTitle").tryQuery().isPresent());
        assertThat(progress()).isEqualTo("Step 1 of 11: Start");
        assertThat(robot.lookup("#startTitle").query().isFocused()).as("a new assessment starts on its title").isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        altAnd(KeyCode.C);
        assertThat(robot.lookup("#startFacilitator").query().isFocused()).as("Alt+C moves to the facilitator").isTrue();
        altAnd(KeyCode.T);
        assertThat(robot.lookup("#startTitle").query().isFocused()).as("Alt+T moves to the title").isTrue();
        ClaimsUi.type(robot, robot.lookup("#startTitle").queryAs(TextField.class), "Winter review");
        focusAndType("#levelC", KeyCode.SPACE);
        ComboBox<?> register = robot.lookup("#registerPerson").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !register.getItems().isEmpty());
        robot.interact(register::requestFocus);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(register.getValue()).isInstanceOf(WizardPerson.class);
        altAnd(KeyCode.A);
        ClaimsUi.type(robot, robot.lookup("#typedName").queryAs(TextField.class), "Ben");
        MeetingsUi.choose(robot, "#typedPerspective", Perspective.CARER);
        altAnd(KeyCode.E);
        ClaimsUi.type(robot, robot.lookup("#typedName").queryAs(TextField.class), "Cy");
        MeetingsUi.choose(robot, "#typedPerspective", Perspective.STAFF);
        altAnd(KeyCode.E);
        focusAndType("#modeEachRadio", KeyCode.SPACE);
        assertThat(robot.lookup("#participantList").queryAs(ListView.class).getItems()).hasSize(3);

        altAnd(KeyCode.N);
        waitFor("#agreed-PRI-1-3");
        assertThat(progress()).isEqualTo("Step 2 of 11: Principles");
        Assessment started = assessments().list().stream().findFirst()
                .flatMap(s -> assessments().find(s.id())).orElseThrow();
        assertThat(started.participants()).extracting(Participant::name, Participant::perspective).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Samira Okafor", Perspective.SERVICE_USER),
                org.assertj.core.groups.Tuple.tuple("Ben", Perspective.CARER),
                org.assertj.core.groups.Tuple.tuple("Cy", Perspective.STAFF));
        long ben = started.participants().get(1).id();

        focusAndType("#own-" + ben + "-PRI-1-2", KeyCode.SPACE);
        focusAndType("#agreed-PRI-1-3", KeyCode.SPACE);
        focusAndType("#agreed-PRI-2-DONT_KNOW", KeyCode.SPACE);
        robot.interact(() -> robot.lookup("#evidence-PRI-1").query().requestFocus());
        robot.write("Minutes of the March meeting");
        robot.type(KeyCode.TAB);
        focusAndType("#priority-PRI-1", KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> assessments().answers(started.id()).agreed()
                .getOrDefault("PRI-1", new org.fourpi.toolkit.assessment.AgreedAnswer("PRI-1", null, "", false))
                .priority());
        assertThat(robot.lookup("#agreed-PRI-1-3").queryAs(ToggleButton.class).isSelected()).isTrue();

        // Alt+J goes to the steps; the one before the last is Priorities and actions.
        altAnd(KeyCode.J);
        robot.type(KeyCode.END).type(KeyCode.UP).type(KeyCode.ENTER);
        waitFor("#actionWhat");
        assertThat(progress()).isEqualTo("Step 10 of 11: Priorities and actions");
        assertThat(robot.lookup("#plan-PRI-1").tryQuery()).isPresent();
        UiTestSupport.press(robot, "#plan-PRI-1");
        robot.write("Write down why we involve people");
        altAnd(KeyCode.D);
        robot.write("Sam");
        altAnd(KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> assessments().answers(started.id()).actions().size() == 1);

        altAnd(KeyCode.N);
        waitFor("#completeButton");
        assertThat(progress()).isEqualTo("Step 11 of 11: Summary");
        assertThat(robot.lookup("#missing-PRI-3").tryQuery()).isPresent();
        assertThat(robot.lookup("#missing-PRI-1").tryQuery()).isEmpty();
        altAnd(KeyCode.M);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> assessments().find(started.id()).orElseThrow()
                .status() == AssessmentStatus.COMPLETED);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reopenButton").tryQuery()
                .map(Node::isVisible).orElse(false));

        Assessment done = assessments().find(started.id()).orElseThrow();
        Answers answers = assessments().answers(started.id());
        assertThat(done.title()).isEqualTo("Winter review");
        assertThat(done.scope()).containsExactly(InvolvementLevel.C);
        assertThat(done.mode()).isEqualTo(AssessmentMode.EACH_THEN_GROUP);
        assertThat(done.currentStep()).isEqualTo("SUMMARY");
        assertThat(answers.ownRatings(ben)).isEqualTo(Map.of("PRI-1", Rating.TWO));
        assertThat(answers.agreedRating("PRI-1")).contains(Rating.THREE);
        assertThat(answers.agreedRating("PRI-2")).contains(Rating.DONT_KNOW);
        assertThat(answers.agreed().get("PRI-1").evidence()).isEqualTo("Minutes of the March meeting");
        assertThat(answers.actions()).singleElement().satisfies(a -> {
            assertThat(a.what()).isEqualTo("Write down why we involve people");
            assertThat(a.who()).isEqualTo("Sam");
            assertThat(a.indicators()).containsExactly("PRI-1");
        });
    }

    @Test
    void closingAndOpeningAgainLandsOnTheSameStep() throws Exception {
        test = TestServices.open(temp);
        long id = test.services().assessments().start(new AssessmentStart("Spring review", LocalDate.of(2026, 11, 20),
                EnumSet.of(InvolvementLevel.D), "", AssessmentMode.GROUP,
                List.of(new ParticipantInput(null, null, "Ada", Perspective.SERVICE_USER)))).id();
        app = UiTestSupport.start(test);
        openAssessments();
        robot.interact(() -> robot.lookup("#assessmentsTable").query().requestFocus());
        robot.type(KeyCode.ENTER);
        waitFor("#stepList");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> progress().equals("Step 1 of 11: Start"));
        for (int i = 0; i < 4; i++) {
            altAnd(KeyCode.N);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> progress().equals("Step 5 of 11: Engagement"));

        altAnd(KeyCode.L);
        waitFor("#assessmentsTable");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "ENGAGEMENT".equals(
                assessments().find(id).orElseThrow().currentStep()));
        robot.interact(() -> robot.lookup("#assessmentsTable").query().requestFocus());
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> progress().equals("Step 5 of 11: Engagement"));
        waitFor("#agreed-ENG-1-1");
        assertThat(robot.lookup("#stepList").query().isFocused()).as("an assessment opens on its steps").isTrue();
    }

    /** Every step of the wizard, with three people rating on their own first: no letter used twice. */
    @Test
    void noTwoControlsOnAWizardStepShareAnUnderlinedLetter() throws Exception {
        test = TestServices.open(temp);
        test.services().assessments().start(new AssessmentStart("Spring review", LocalDate.of(2026, 11, 20),
                EnumSet.of(InvolvementLevel.D), "", AssessmentMode.EACH_THEN_GROUP,
                List.of(new ParticipantInput(null, null, "Ada", Perspective.SERVICE_USER),
                        new ParticipantInput(null, null, "Ben", Perspective.CARER))));
        app = UiTestSupport.start(test);
        openAssessments();
        Parent root = robot.lookup(".main-window").query().getScene().getRoot();
        List<String> clashes = new ArrayList<>(MnemonicClashes.in(robot, "list", root));
        robot.interact(() -> robot.lookup("#assessmentsTable").query().requestFocus());
        robot.type(KeyCode.ENTER);
        waitFor("#stepList");
        for (int step = 1; step <= 11; step++) {
            String expected = "Step " + step + " of 11";
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> progress().startsWith(expected));
            clashes.addAll(MnemonicClashes.in(robot, progress(), root));
            altAnd(KeyCode.N);
        }
        assertThat(clashes).isEmpty();
    }
}
