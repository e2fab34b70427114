package org.fourpi.toolkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WizardViewModelTest {

    @TempDir Path dataDir;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final List<Long> resultsShown = new ArrayList<>();
    private TestServices test;
    private AssessmentService assessments;
    private WizardViewModel wizard;
    private WizardStartViewModel start;
    private long samira;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        assessments = test.services().assessments();
        samira = test.services().people().save(new Person(null, "Samira", "Okafor", "", Perspective.CARER, Set.of(),
                "", Set.of(), "", "", "", "", null, false, null, Set.of(), "", "", InvolvementStatus.ACTIVE)).id();
        wizard = new WizardViewModel(assessments, Map::of,
                () -> test.services().people().list().stream()
                        .map(p -> new WizardPerson(p.id(), p.displayName(), p.perspective())).toList(),
                executor, dialogs, TestServices.MESSAGES, TestServices.CLOCK, resultsShown::add);
        start = wizard.start();
    }

    @AfterEach
    void close() {
        test.close();
        assertThat(executor.unexpected()).isEmpty();
    }

    private long startWithThree(AssessmentMode mode) {
        wizard.startNew();
        start.titleProperty().set("Autumn review");
        start.levelProperty(InvolvementLevel.C).set(true);
        start.modeProperty().set(mode);
        start.chosenPersonProperty().set(start.people().getFirst());
        start.addChosenPerson();
        start.typedNameProperty().set("Ben");
        start.typedPerspectiveProperty().set(Perspective.SERVICE_USER);
        start.addTypedPerson();
        start.typedNameProperty().set("Cy");
        start.typedPerspectiveProperty().set(Perspective.STAFF);
        start.addTypedPerson();
        wizard.next();
        return assessments.list().getFirst().id();
    }

    @Test
    void aNewAssessmentIsNotSavedUntilItsStartKeepsTheRules() {
        wizard.startNew();
        start.titleProperty().set("  ");
        start.dateProperty().set("31/02/2026");

        wizard.next();

        assertThat(assessments.list()).isEmpty();
        assertThat(wizard.stepKey()).isEqualTo(AssessmentSteps.START);
        assertThat(start.error(AssessmentField.TITLE).get()).isEqualTo("Title: please fill this in.");
        assertThat(start.error(AssessmentField.HELD_ON).get()).contains("day/month/year");
        assertThat(start.error(AssessmentField.SCOPE).get()).contains("choose at least one level");
        assertThat(start.error(AssessmentField.PARTICIPANTS).get()).contains("add at least one person");
    }

    @Test
    void aPersonFromTheRegisterBringsThePerspectiveOnTheirRecordAndCannotBeAddedTwice() {
        wizard.startNew();
        start.chosenPersonProperty().set(start.people().getFirst());
        start.addChosenPerson();
        start.chosenPersonProperty().set(start.people().getFirst());
        start.addChosenPerson();

        assertThat(start.participants()).singleElement().satisfies(p -> {
            assertThat(p.personId()).isEqualTo(samira);
            assertThat(p.perspective()).isEqualTo(Perspective.CARER);
        });
        assertThat(start.error(AssessmentField.PARTICIPANTS).get()).isEqualTo("Samira Okafor is already taking part.");
    }

    @Test
    void nextOnAGoodStartSavesItAndMovesOnToTheFirstArea() {
        long id = startWithThree(AssessmentMode.EACH_THEN_GROUP);

        Assessment saved = assessments.find(id).orElseThrow();
        assertThat(saved.title()).isEqualTo("Autumn review");
        assertThat(saved.heldOn()).isEqualTo(java.time.LocalDate.of(2026, 11, 26));
        assertThat(saved.participants()).extracting(Participant::name).containsExactly("Samira Okafor", "Ben", "Cy");
        assertThat(saved.currentStep()).isEqualTo("PRINCIPLES");
        assertThat(wizard.progressTextProperty().get()).isEqualTo("Step 2 of 11: Principles");
        assertThat(wizard.steps().getFirst().state()).isEqualTo("Done");
    }

    @Test
    void ratingsAreSavedAtOnceAndTheStepCountsThem() {
        long id = startWithThree(AssessmentMode.EACH_THEN_GROUP);
        Participant ben = assessments.find(id).orElseThrow().participants().get(1);

        wizard.rateOwn(ben.id(), "PRI-1", Rating.TWO);
        wizard.rateAgreed("PRI-1", Rating.THREE);
        wizard.rateAgreed("PRI-2", Rating.DONT_KNOW);
        wizard.rateAgreed("PRI-2", null);

        Answers answers = assessments.answers(id);
        assertThat(answers.ownRatings(ben.id())).containsEntry("PRI-1", Rating.TWO);
        assertThat(answers.agreedRating("PRI-1")).contains(Rating.THREE);
        assertThat(answers.agreedRating("PRI-2")).isEmpty();
        assertThat(wizard.steps().get(1).state()).isEqualTo("1 of 9 agreed");
        assertThat(wizard.messageProperty().get()).isEqualTo("All changes saved.");
    }

    @Test
    void aRatingThatCannotBeSavedShowsAsItWasAndSaysSo() {
        long id = startWithThree(AssessmentMode.GROUP);
        wizard.rateAgreed("PRI-1", Rating.FOUR);
        assessments.complete(id);

        wizard.rateAgreed("PRI-1", Rating.ONE);

        assertThat(wizard.indicator("PRI-1").agreedProperty().get()).isEqualTo(Rating.FOUR);
        assertThat(wizard.messageProperty().get()).isEqualTo(
                "The rating for PRI-1 was not saved, so it shows as it was. Please try again.");
        assertThat(assessments.answers(id).agreedRating("PRI-1")).contains(Rating.FOUR);
    }

    @Test
    void evidencePriorityAndImpactAnswersAreSaved() {
        long id = startWithThree(AssessmentMode.GROUP);

        wizard.indicator("PRI-1").evidenceProperty().set("Minutes of the March meeting");
        wizard.saveEvidence("PRI-1");
        wizard.setPriority("PRI-1", true);
        wizard.impactAnswer("Q1").set("People told us they felt heard");
        wizard.saveTypedNotes();

        Answers answers = assessments.answers(id);
        assertThat(answers.agreed().get("PRI-1").evidence()).isEqualTo("Minutes of the March meeting");
        assertThat(answers.agreed().get("PRI-1").priority()).isTrue();
        assertThat(answers.impactAnswers()).containsEntry("Q1", "People told us they felt heard");
    }

    @Test
    void anAssessmentReopensOnTheStepItWasLeftOn() {
        long id = startWithThree(AssessmentMode.GROUP);
        wizard.goTo(5);
        wizard.close();

        wizard.open(id);

        assertThat(assessments.find(id).orElseThrow().currentStep()).isEqualTo("COMMUNICATION");
        assertThat(wizard.stepKey()).isEqualTo("COMMUNICATION");
        assertThat(wizard.progressTextProperty().get()).isEqualTo("Step 6 of 11: Communication");
    }

    @Test
    void aCompletedAssessmentIsReadOnlyUntilReopened() {
        long id = startWithThree(AssessmentMode.GROUP);
        wizard.rateAgreed("PRI-1", Rating.FOUR);
        wizard.goTo(10);
        dialogs.answerConfirm(true);

        wizard.complete();

        assertThat(assessments.find(id).orElseThrow().status()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThat(dialogs.shown()).anyMatch(d -> d.message().contains("53 statements have no agreed rating"));
        assertThat(wizard.readOnlyProperty().get()).isTrue();
        wizard.rateAgreed("PRI-1", Rating.TWO);
        assertThat(wizard.indicator("PRI-1").agreedProperty().get()).isEqualTo(Rating.FOUR);
        assertThat(wizard.messageProperty().get()).isEqualTo("This assessment is completed. Reopen it to change it.");

        wizard.reopen();
        wizard.rateAgreed("PRI-1", Rating.TWO);

        assertThat(assessments.answers(id).agreedRating("PRI-1")).contains(Rating.TWO);
    }

    @Test
    void completingAsksFirstAndNotYetChangesNothing() {
        long id = startWithThree(AssessmentMode.GROUP);
        wizard.goTo(10);
        dialogs.answerConfirm(false);

        wizard.complete();

        assertThat(assessments.find(id).orElseThrow().status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        assertThat(wizard.readOnlyProperty().get()).isFalse();
    }

    @Test
    void removingSomeoneWithOwnRatingsAsksFirst() {
        long id = startWithThree(AssessmentMode.EACH_THEN_GROUP);
        Participant ben = assessments.find(id).orElseThrow().participants().get(1);
        wizard.rateOwn(ben.id(), "PRI-1", Rating.TWO);
        wizard.goTo(0);
        start.remove(start.participants().get(1));
        dialogs.answerConfirm(false);

        wizard.next();

        assertThat(wizard.stepKey()).isEqualTo(AssessmentSteps.START);
        assertThat(assessments.find(id).orElseThrow().participants()).hasSize(3);
        assertThat(dialogs.shown()).anyMatch(d -> d.message().startsWith("Taking Ben out"));

        dialogs.answerConfirm(true);
        wizard.next();

        assertThat(assessments.find(id).orElseThrow().participants()).extracting(Participant::name)
                .containsExactly("Samira Okafor", "Cy");
        assertThat(assessments.answers(id).own()).isEmpty();
    }

    @Test
    void anActionIsCheckedSavedAndListedAndTheSummaryLinksToWhatIsMissing() {
        long id = startWithThree(AssessmentMode.GROUP);
        wizard.rateAgreed("ENG-1", Rating.ONE);
        wizard.setPriority("PRI-3", true);
        wizard.goTo(9);
        assertThat(wizard.priorities()).extracting(WizardViewModel.Suggestion::code).containsExactly("PRI-3");
        assertThat(wizard.suggestions()).extracting(WizardViewModel.Suggestion::code).containsExactly("ENG-1");

        wizard.saveAction();
        assertThat(wizard.actionWhatErrorProperty().get()).isEqualTo("What will be done: please fill this in.");

        wizard.planActionFor("PRI-3");
        wizard.actionWhatProperty().set("Write down why we involve people");
        wizard.actionWhoProperty().set("Sam");
        wizard.actionDueProperty().set("31/1/2027");
        wizard.saveAction();

        assertThat(assessments.answers(id).actions()).singleElement().satisfies(a -> {
            assertThat(a.indicators()).containsExactly("PRI-3");
            assertThat(a.dueOn()).isEqualTo(java.time.LocalDate.of(2027, 1, 31));
        });
        assertThat(wizard.describe(wizard.actions().getFirst())).isEqualTo(
                "Write down why we involve people · by Sam · due 31/1/2027 · Not started · answers PRI-3");

        wizard.goTo(10);
        assertThat(wizard.missing()).hasSize(53);
        wizard.goToStatement("COM-2");
        assertThat(wizard.stepKey()).isEqualTo("COMMUNICATION");
        wizard.goTo(10);
        wizard.seeResults();
        assertThat(resultsShown).containsExactly(id);
    }

    @Test
    void actionsCarriedFromTheLastAssessmentAreMarked() {
        long first = startWithThree(AssessmentMode.GROUP);
        assessments.saveAction(first, new ActionInput(null, "Pay within two weeks", "", null, ActionStatus.OPEN,
                List.of()));
        assessments.complete(first);

        startWithThree(AssessmentMode.GROUP);

        assertThat(wizard.actions()).singleElement()
                .satisfies(a -> assertThat(wizard.describe(a)).endsWith("Carried from the last assessment"));
        assertThat(Set.copyOf(assessments.list().stream().map(AssessmentSummary::id).toList())).hasSize(2);
        assertThat(EnumSet.of(InvolvementLevel.C)).isEqualTo(assessments.find(first).orElseThrow().scope());
    }

    @Test
    void answersWaitingTheirTurnAreAllSentWhenTheWindowCloses() {
        long id = startWithThree(AssessmentMode.GROUP);
        List<org.fourpi.toolkit.common.ui.BackgroundTask<?>> held = new ArrayList<>();
        org.fourpi.toolkit.common.ui.TaskExecutor holding = new org.fourpi.toolkit.common.ui.TaskExecutor() {
            @Override
            public <T> void execute(org.fourpi.toolkit.common.ui.BackgroundTask<T> task) {
                held.add(task);
            }

            @Override
            public void shutdown() {
            }
        };
        WizardViewModel slow = new WizardViewModel(assessments, Map::of, List::of, holding, dialogs,
                TestServices.MESSAGES, TestServices.CLOCK, resultsShown::add);
        slow.open(id);
        held.removeFirst().executeWith(executor);
        held.clear();
        slow.rateAgreed("PRI-1", Rating.TWO);
        slow.rateAgreed("PRI-2", Rating.FIVE);
        slow.indicator("PRI-3").evidenceProperty().set("Our policy, page 2");
        assertThat(held).as("one save at a time while the window is open").hasSize(1);

        slow.saveEverythingNow();

        assertThat(held).hasSize(3);
        List.copyOf(held).forEach(task -> task.executeWith(executor));
        Answers answers = assessments.answers(id);
        assertThat(answers.agreedRating("PRI-1")).contains(Rating.TWO);
        assertThat(answers.agreedRating("PRI-2")).contains(Rating.FIVE);
        assertThat(answers.agreed().get("PRI-3").evidence()).isEqualTo("Our policy, page 2");
    }

    @Test
    void whatTheRecordsShowAppearsOnlyBesideStatementsWithThatKindOfEvidence() {
        long id = startWithThree(AssessmentMode.GROUP);
        WizardViewModel withRecords = new WizardViewModel(assessments,
                () -> Map.of(EvidenceKind.ACTIVE_BY_PERSPECTIVE, List.of("12 service users and 4 carers are active.")),
                List::of, executor, dialogs, TestServices.MESSAGES, TestServices.CLOCK, resultsShown::add);

        withRecords.open(id);

        assertThat(withRecords.indicator("PRE-1").figures()).containsExactly("12 service users and 4 carers are active.");
        assertThat(withRecords.indicator("PRE-2").figures()).isEmpty();
        assertThat(withRecords.indicator("PRI-1").figures()).isEmpty();
    }
}
