package org.fourpi.toolkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The example self-assessments, filled once with all the example data (today is 26 November 2026). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleAssessmentsTest {

    @TempDir static Path dataDir;
    private TestServices test;
    private AssessmentService assessments;
    private List<AssessmentSummary> list;

    @BeforeAll
    void fill() {
        test = TestServices.open(dataDir);
        assessments = test.services().assessments();
        test.services().exampleData().fill();
        list = assessments.list();
    }

    @AfterAll
    void close() {
        test.close();
    }

    private AssessmentSummary latestCompleted() {
        return list.stream().filter(s -> s.status() == AssessmentStatus.COMPLETED).findFirst().orElseThrow();
    }

    @Test
    void listsTwoCompletedCyclesAYearApartAndOneUnderWay() {
        assertThat(list).hasSize(3);
        assertThat(list).extracting(AssessmentSummary::status).containsExactly(AssessmentStatus.IN_PROGRESS,
                AssessmentStatus.COMPLETED, AssessmentStatus.COMPLETED);
        AssessmentSummary latest = list.get(1);
        AssessmentSummary first = list.get(2);
        assertThat(latest.scopeCode()).isEqualTo("CD").isEqualTo(first.scopeCode());
        assertThat(latest.heldOn()).isBetween(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20));
        assertThat(first.heldOn()).isBetween(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 20));
        assertThat(latest.agreed()).isEqualTo(latest.indicators());
        assertThat(first.agreed()).isEqualTo(first.indicators());
        assertThat(assessments.find(first.id()).orElseThrow().completedOn()).isEqualTo(first.heldOn());
        assertThat(list.getFirst().heldOn()).isBefore(LocalDate.of(2026, 11, 26));
    }

    @Test
    void theLatestCycleWasRatedBySixPeopleOnTheirOwnFirst() {
        Assessment latest = assessments.find(latestCompleted().id()).orElseThrow();
        Assessment first = assessments.find(list.get(2).id()).orElseThrow();

        assertThat(first.mode()).isEqualTo(AssessmentMode.GROUP);
        assertThat(latest.mode()).isEqualTo(AssessmentMode.EACH_THEN_GROUP);
        assertThat(latest.participants()).hasSize(6).allSatisfy(p -> assertThat(p.personId()).isNotNull());
        assertThat(latest.participants()).extracting(Participant::perspective)
                .containsExactly(Perspective.SERVICE_USER, Perspective.SERVICE_USER, Perspective.CARER,
                        Perspective.CARER, Perspective.STAFF, Perspective.STAFF);
        Answers answers = assessments.answers(latest.id());
        assertThat(answers.own()).hasSize(6 * assessments.frameworkOf(latest).indicators().size());
        assertThat(answers.own()).extracting(OwnRating::givenBy)
                .contains(OwnRating.GivenBy.WINDOW, OwnRating.GivenBy.FORM);
    }

    @Test
    void theLatestResultsShowProgressAndWhereServiceUsersAndStaffDiffer() {
        AssessmentResults results = assessments.results(latestCompleted().id());

        assertThat(results.previous()).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(list.get(2).id()));
        assertThat(results.overall().change()).isPositive();
        List<IndicatorResult> indicators = results.indicators();
        assertThat(indicators).filteredOn(i -> i.change() != null && i.change() > 0).hasSizeGreaterThan(15);
        assertThat(indicators).filteredOn(i -> i.change() != null && i.change() < 0)
                .extracting(i -> i.indicator().code()).containsExactlyInAnyOrder("PUR-4", "PRE-8", "PRA-3");
        assertThat(results.differences()).extracting(i -> i.indicator().code())
                .contains("PRI-6", "PRE-7", "COM-2", "COM-4", "SUP-1", "PRA-3");
        for (IndicatorResult difference : results.differences()) {
            assertThat(difference.viewpoint(Viewpoint.STAFF).average()
                    .subtract(difference.viewpoint(Viewpoint.SERVICE_USERS).average()))
                    .as(difference.indicator().code()).isGreaterThanOrEqualTo(BigDecimal.valueOf(2));
        }
        assertThat(indicators).filteredOn(i -> !i.evidence().isBlank()).hasSizeGreaterThan(15);
        assertThat(indicators).filteredOn(IndicatorResult::priority).isNotEmpty();
    }

    @Test
    void openActionsWereCarriedIntoTheNextCycle() {
        Answers first = assessments.answers(list.get(2).id());
        Answers latest = assessments.answers(latestCompleted().id());

        assertThat(first.actions()).extracting(AssessmentAction::status)
                .contains(ActionStatus.DONE, ActionStatus.STARTED, ActionStatus.OPEN, ActionStatus.DROPPED);
        List<AssessmentAction> carried = latest.actions().stream().filter(a -> a.carriedFrom() != null).toList();
        assertThat(carried).extracting(AssessmentAction::what).containsExactlyInAnyOrderElementsOf(
                first.actions().stream().filter(a -> a.status().isOpen()).map(AssessmentAction::what).toList());
        assertThat(latest.actions()).filteredOn(a -> a.carriedFrom() == null).hasSizeGreaterThanOrEqualTo(3);
        assertThat(first.impactAnswers()).containsOnlyKeys("Q1", "Q2", "Q3", "Q4", "Q5");
        assertThat(latest.impactAnswers()).containsOnlyKeys("Q1", "Q2", "Q3", "Q4", "Q5");
    }

    @Test
    void theAssessmentUnderWayOpensAtPresenceWithHalfOfItRated() {
        Assessment underWay = assessments.find(list.getFirst().id()).orElseThrow();
        Framework framework = assessments.frameworkOf(underWay);
        IndicatorGroup presence = framework.groups().stream().filter(g -> g.key().equals("PRESENCE")).findFirst()
                .orElseThrow();

        assertThat(underWay.currentStep()).isEqualTo("PRESENCE");
        assertThat(underWay.scopeCode()).isEqualTo("D");
        Map<String, AgreedAnswer> agreed = assessments.answers(underWay.id()).agreed();
        long ratedInPresence = presence.indicators().stream()
                .filter(i -> agreed.containsKey(i.code()) && agreed.get(i.code()).rating() != null).count();
        assertThat(ratedInPresence).isEqualTo(presence.indicators().size() / 2);
        assertThat(assessments.previous(underWay.id())).isEmpty();
    }
}
