package org.fourpi.toolkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentServiceTest {

    @TempDir Path dataDir;
    private TestServices test;
    private AssessmentService assessments;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        assessments = test.services().assessments();
    }

    @AfterEach
    void close() {
        test.close();
    }

    private static AssessmentStart start(String title, LocalDate on, AssessmentMode mode) {
        return new AssessmentStart(title, on, EnumSet.of(InvolvementLevel.C, InvolvementLevel.D), "Sam", mode,
                List.of(new ParticipantInput(null, null, "Ada", Perspective.SERVICE_USER),
                        new ParticipantInput(null, null, "Ben", Perspective.CARER),
                        new ParticipantInput(null, null, "Cy", Perspective.STAFF)));
    }

    private Participant named(Assessment a, String name) {
        return a.participants().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void startsAnAssessmentThatOpensAtTheFirstStep() {
        Assessment a = assessments.start(start("Annual check 2026", LocalDate.of(2026, 11, 20), AssessmentMode.GROUP));

        assertThat(a.status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        assertThat(a.currentStep()).isEqualTo(AssessmentSteps.START);
        assertThat(a.scopeCode()).isEqualTo("CD");
        assertThat(a.participants()).extracting(Participant::name).containsExactly("Ada", "Ben", "Cy");
        assertThat(assessments.list()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Annual check 2026");
            assertThat(s.agreed()).isZero();
            assertThat(s.indicators()).isEqualTo(assessments.framework().indicators().size());
        });
    }

    @Test
    void refusesAStartWithNoTitleNoLevelAndNobodyTakingPart() {
        AssessmentStart empty = new AssessmentStart(" ", LocalDate.of(2026, 11, 20), Set.of(), "",
                AssessmentMode.GROUP, List.of());

        assertThatThrownBy(() -> assessments.start(empty)).isInstanceOfSatisfying(InvalidAssessmentException.class,
                e -> assertThat(e.problems()).containsEntry(AssessmentField.TITLE, AssessmentProblem.REQUIRED)
                        .containsEntry(AssessmentField.SCOPE, AssessmentProblem.NO_LEVEL)
                        .containsEntry(AssessmentField.PARTICIPANTS, AssessmentProblem.NO_PARTICIPANTS));
        assertThat(assessments.list()).isEmpty();
    }

    @Test
    void keepsEveryAnswerAndTheStepItWasLeftOn() {
        Assessment a = assessments.start(start("Check", LocalDate.of(2026, 11, 20), AssessmentMode.EACH_THEN_GROUP));
        long ada = named(a, "Ada").id();

        assessments.rateOwn(a.id(), ada, "PRI-1", Rating.FOUR);
        assessments.rateAgreed(a.id(), "PRI-1", Rating.THREE);
        assessments.noteEvidence(a.id(), "PRI-1", "  Our plan says so.  ");
        assessments.setPriority(a.id(), "PRI-2", true);
        assessments.answerImpact(a.id(), "Q3", "People liked it.");
        assessments.moveTo(a.id(), "PURPOSE");

        Answers answers = assessments.answers(a.id());
        assertThat(answers.ownRatings(ada)).containsEntry("PRI-1", Rating.FOUR);
        assertThat(answers.agreed().get("PRI-1")).isEqualTo(new AgreedAnswer("PRI-1", Rating.THREE,
                "Our plan says so.", false));
        assertThat(answers.agreed().get("PRI-2").priority()).isTrue();
        assertThat(answers.impactAnswers()).containsEntry("Q3", "People liked it.");
        assertThat(assessments.find(a.id()).orElseThrow().currentStep()).isEqualTo("PURPOSE");

        assessments.rateAgreed(a.id(), "PRI-1", null);
        assessments.rateOwn(a.id(), ada, "PRI-1", null);
        assertThat(assessments.answers(a.id()).agreedRating("PRI-1")).isEmpty();
        assertThat(assessments.answers(a.id()).ownRatings(ada)).isEmpty();
        assertThat(assessments.answers(a.id()).agreed().get("PRI-1").evidence()).isEqualTo("Our plan says so.");
    }

    @Test
    void removingSomeoneFromTheStartRemovesTheirOwnRatings() {
        Assessment a = assessments.start(start("Check", LocalDate.of(2026, 11, 20), AssessmentMode.EACH_THEN_GROUP));
        Participant ada = named(a, "Ada");
        Participant ben = named(a, "Ben");
        assessments.rateOwn(a.id(), ada.id(), "PRI-1", Rating.FOUR);
        assessments.rateOwn(a.id(), ben.id(), "PRI-1", Rating.TWO);

        assessments.updateStart(a.id(), new AssessmentStart("Check", a.heldOn(), a.scope(), "Sam",
                AssessmentMode.EACH_THEN_GROUP, List.of(new ParticipantInput(ben.id(), null, "Ben", Perspective.CARER),
                        new ParticipantInput(null, null, "Dee", Perspective.VOLUNTEER))));

        Assessment after = assessments.find(a.id()).orElseThrow();
        assertThat(after.participants()).extracting(Participant::name).containsExactly("Ben", "Dee");
        assertThat(assessments.answers(a.id()).own()).singleElement()
                .satisfies(r -> assertThat(r.participantId()).isEqualTo(ben.id()));
    }

    @Test
    void aCompletedAssessmentCannotChangeUntilReopened() {
        Assessment a = assessments.start(start("Check", LocalDate.of(2026, 11, 20), AssessmentMode.GROUP));
        assessments.complete(a.id());

        assertThat(assessments.find(a.id()).orElseThrow().completedOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThatThrownBy(() -> assessments.rateAgreed(a.id(), "PRI-1", Rating.TWO))
                .isInstanceOf(IllegalStateException.class);

        assessments.reopen(a.id());
        assessments.rateAgreed(a.id(), "PRI-1", Rating.TWO);
        assertThat(assessments.answers(a.id()).agreedRating("PRI-1")).contains(Rating.TWO);
    }

    @Test
    void refusesAnIndicatorOrAStepThatIsNotInTheFramework() {
        Assessment a = assessments.start(start("Check", LocalDate.of(2026, 11, 20), AssessmentMode.GROUP));

        assertThatThrownBy(() -> assessments.rateAgreed(a.id(), "NOPE-1", Rating.TWO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assessments.moveTo(a.id(), "NOWHERE")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assessments.saveAction(a.id(), new ActionInput(null, "Do it", "", null,
                ActionStatus.OPEN, List.of("NOPE-1")))).isInstanceOf(InvalidAssessmentException.class);
        assertThat(assessments.answers(a.id()).actions()).isEmpty();
    }

    @Test
    void openActionsCarryIntoTheNextAssessmentOfTheSameScope() {
        Assessment last = assessments.start(start("2025", LocalDate.of(2025, 11, 20), AssessmentMode.GROUP));
        AssessmentAction open = assessments.saveAction(last.id(), new ActionInput(null, "Write role descriptions",
                "Sam", LocalDate.of(2026, 3, 1), ActionStatus.STARTED, List.of("ENG-4")));
        assessments.saveAction(last.id(), new ActionInput(null, "Buy a hearing loop", "", null, ActionStatus.DONE,
                List.of()));
        assessments.complete(last.id());

        Assessment next = assessments.start(start("2026", LocalDate.of(2026, 11, 20), AssessmentMode.GROUP));
        AssessmentStart otherScope = new AssessmentStart("Board only", LocalDate.of(2026, 11, 21),
                EnumSet.of(InvolvementLevel.D), "", AssessmentMode.GROUP, start("x", null, null).participants());
        Assessment other = assessments.start(otherScope);

        assertThat(assessments.answers(next.id()).actions()).singleElement().satisfies(action -> {
            assertThat(action.what()).isEqualTo("Write role descriptions");
            assertThat(action.status()).isEqualTo(ActionStatus.STARTED);
            assertThat(action.indicators()).containsExactly("ENG-4");
            assertThat(action.carriedFrom()).isEqualTo(open.id());
        });
        assertThat(assessments.answers(other.id()).actions()).isEmpty();
        assertThat(assessments.previous(next.id()).orElseThrow().id()).isEqualTo(last.id());
    }

    @Test
    void resultsCompareViewpointsAndCallOutADifferenceOfTwoPoints() {
        Assessment a = assessments.start(start("Check", LocalDate.of(2026, 11, 20), AssessmentMode.EACH_THEN_GROUP));
        long ada = named(a, "Ada").id();
        long ben = named(a, "Ben").id();
        long cy = named(a, "Cy").id();
        assessments.rateOwn(a.id(), ada, "COM-3", Rating.TWO);
        assessments.rateOwn(a.id(), ben, "COM-3", Rating.THREE);
        assessments.rateOwn(a.id(), cy, "COM-3", Rating.FIVE);
        assessments.rateOwn(a.id(), ada, "COM-4", Rating.THREE);
        assessments.rateOwn(a.id(), cy, "COM-4", Rating.FOUR);
        assessments.rateOwn(a.id(), ben, "COM-5", Rating.DONT_KNOW);
        assessments.rateAgreed(a.id(), "COM-3", Rating.THREE);

        AssessmentResults results = assessments.results(a.id());

        assertThat(results.differences()).extracting(r -> r.indicator().code()).containsExactly("COM-3");
        IndicatorResult com3 = results.differences().getFirst();
        assertThat(com3.spread()).isEqualByComparingTo("3.0");
        assertThat(com3.viewpoint(Viewpoint.SERVICE_USERS).average()).isEqualByComparingTo("2.0");
        GroupScore communication = results.groups().stream().filter(g -> g.key().equals("COMMUNICATION"))
                .findFirst().orElseThrow();
        assertThat(communication.viewpoint(Viewpoint.STAFF).average()).isEqualByComparingTo("4.5");
        assertThat(communication.viewpoint(Viewpoint.CARERS).average()).isEqualByComparingTo("3.0");
        assertThat(communication.viewpoint(Viewpoint.CARERS).rated()).isEqualTo(1);
        assertThat(communication.agreed().average()).isEqualByComparingTo("3.0");
        assertThat(results.hasOwnRatings()).isTrue();
    }

    @Test
    void resultsShowProgressSinceTheLastAssessmentOfTheSameScope() {
        Assessment last = assessments.start(start("2025", LocalDate.of(2025, 11, 20), AssessmentMode.GROUP));
        rate(last.id(), Map.of("PRI-1", Rating.TWO, "PRI-2", Rating.THREE, "PUR-1", Rating.FOUR));
        assessments.complete(last.id());
        Assessment now = assessments.start(start("2026", LocalDate.of(2026, 11, 20), AssessmentMode.GROUP));
        rate(now.id(), Map.of("PRI-1", Rating.FOUR, "PRI-2", Rating.FOUR, "PUR-1", Rating.THREE,
                "PUR-2", Rating.NOT_RELEVANT));

        AssessmentResults results = assessments.results(now.id());

        assertThat(results.previous()).map(Assessment::id).contains(last.id());
        GroupScore principles = results.areas().getFirst();
        assertThat(principles.agreed().average()).isEqualByComparingTo("4.0");
        assertThat(principles.before().average()).isEqualByComparingTo("2.5");
        assertThat(principles.change()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(results.areas().get(1).change()).isEqualByComparingTo("-1.0");
        assertThat(results.indicators()).filteredOn(r -> r.change() != null)
                .extracting(r -> r.indicator().code() + " " + r.change())
                .containsExactly("PRI-1 2", "PRI-2 1", "PUR-1 -1");
        assertThat(results.strongest()).extracting(r -> r.indicator().code()).containsExactly("PRI-1", "PRI-2",
                "PUR-1");
        assertThat(results.overall().agreed().rated()).isEqualTo(3);
    }

    private void rate(long id, Map<String, Rating> ratings) {
        ratings.forEach((code, rating) -> assessments.rateAgreed(id, code, rating));
    }
}
