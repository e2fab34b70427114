package org.fourpi.toolkit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fourpi.toolkit.people.PresenceTestPeople.ethnicity;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.fourpi.toolkit.people.PresenceViewModel.Bar;
import org.fourpi.toolkit.people.PresenceViewModel.Chart;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresenceViewModelTest {

    @TempDir
    Path temp;

    private TestServices test;
    private SameThreadExecutor executor;
    private PresenceTestPeople register;
    private PresenceViewModel page;

    @BeforeEach
    void open() {
        test = TestServices.open(temp);
        executor = new SameThreadExecutor();
        register = new PresenceTestPeople(test.services().people(), test.services().equality());
        page = new PresenceViewModel(new PresenceService(test.services().people(), test.services().equality()),
                executor, TestServices.MESSAGES);
    }

    @AfterEach
    void close() {
        if (test != null) {
            test.close();
        }
        assertThat(executor.unexpected()).isEmpty();
    }

    private Chart chart(List<Chart> charts, String title) {
        return charts.stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void writesEveryFigureOutAndDrawsOnlyTheOnesThatAreShown() {
        register.add(12, Perspective.SERVICE_USER);
        register.add(3, Perspective.CARER);
        register.add(7, Perspective.BOTH);
        register.add(6, Perspective.STAFF);

        page.refresh();

        assertThat(page.activeLineProperty().get()).isEqualTo("People active now: 28");
        Chart perspective = chart(page.involvementCharts(), "The perspective people bring");
        assertThat(perspective.lines()).containsExactly(
                "Service user (lived experience): 12",
                "Carer: fewer than 5",
                "Service user and carer: hidden, to protect a small group",
                "Staff: 6",
                "Volunteer: 0",
                "Other: 0");
        assertThat(perspective.bars()).containsExactly(new Bar("Service user", 12), new Bar("Staff", 6),
                new Bar("Volunteer", 0), new Bar("Other", 0));
        assertThat(perspective.notDrawn()).isEqualTo(
                "Not drawn in the chart, so that nobody can be identified: Carer, Service user and carer.");
        assertThat(perspective.chartAccessibleText()).startsWith("Bar chart: The perspective people bring.");
        assertThat(perspective.figuresAccessibleText())
                .startsWith("The perspective people bring. Service user (lived experience): 12; Carer: fewer than 5");
        assertThat(perspective.axisUpperBound()).isEqualTo(12);
        assertThat(perspective.tickUnit()).isEqualTo(2);
        assertThat(page.statusProperty().get()).isEqualTo("Figures for the people active on 26 November 2026.");
        assertThat(page.busyProperty().get()).isFalse();
    }

    @Test
    void explainsThatOnePersonCanBeInSeveralRolesOrLevels() {
        register.add(6, Perspective.SERVICE_USER, Set.of(Role.AMBASSADOR, Role.TRUSTEE),
                Set.of(InvolvementLevel.B, InvolvementLevel.D), InvolvementStatus.ACTIVE);

        page.refresh();

        Chart roles = chart(page.involvementCharts(), "Roles");
        assertThat(roles.hint()).contains("more than one group");
        assertThat(roles.lines()).contains("Ambassador: 6", "Trustee or board member: 6");
        assertThat(chart(page.involvementCharts(), "Where people are involved (levels A to E)").bars())
                .contains(new Bar("B: community", 6), new Bar("D: strategic", 6));
        assertThat(chart(page.involvementCharts(), "The perspective people bring").hint()).isEmpty();
    }

    @Test
    void showsEqualityFiguresOnlyOnceSomeoneHasAnswered() {
        register.add(8, Perspective.CARER);

        page.refresh();

        assertThat(page.anyoneActiveProperty().get()).isTrue();
        assertThat(page.anyoneAnsweredProperty().get()).isFalse();
        assertThat(page.equalityCharts()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Who answered the equality questions");
            assertThat(c.lines()).containsExactly("Answered at least one question: 0", "Not answered yet: 8",
                    "Asked not to be counted: 0");
            assertThat(c.hint()).isEqualTo("0% of the people active now have answered at least one equality question.");
        });

        register.answering(12, ethnicity(Ethnicity.WHITE_BRITISH));
        page.refresh();

        assertThat(page.anyoneAnsweredProperty().get()).isTrue();
        assertThat(page.equalityCharts()).extracting(Chart::title).containsExactly(
                "Who answered the equality questions", "Age", "Ethnic group", "Sex",
                "Disability: do people consider themselves disabled?", "Sexual orientation", "Religion or belief",
                "Unpaid carers: do people look after someone without being paid?");
        assertThat(chart(page.equalityCharts(), "Ethnic group").lines()).contains("White: 12",
                "Black, Black British, Caribbean or African: 0");
        assertThat(chart(page.equalityCharts(), "Who answered the equality questions").hint()).startsWith("60%");
    }

    @Test
    void leavesNoTextUntranslated() {
        register.answering(1, new EqualityAnswers(AgeBand.AGE_18_24, Ethnicity.MIXED_OTHER, Sex.PREFER_NOT_TO_SAY,
                null, Answer.PREFER_NOT_TO_SAY, SexualOrientation.OTHER, Religion.SIKH, Answer.NO, null));

        page.refresh();

        List<Chart> all = new java.util.ArrayList<>(page.involvementCharts());
        all.addAll(page.equalityCharts());
        assertThat(all).hasSize(12);
        for (Chart c : all) {
            assertThat(String.join(" ", c.lines()) + c.title() + c.hint() + c.notDrawn()
                    + c.bars().stream().map(Bar::label).toList()).as(c.title()).doesNotContain("!");
        }
    }

    @Test
    void addsACalmNoteWhenFewerThanTwoPeopleBringLivedExperience() {
        register.add(5, Perspective.STAFF);
        register.add(1, Perspective.CARER);

        page.refresh();
        assertThat(page.livedExperienceNoteProperty().get()).isTrue();

        register.add(1, Perspective.SERVICE_USER);
        page.refresh();
        assertThat(page.livedExperienceNoteProperty().get()).isFalse();
    }

    @Test
    void saysSoWhenNobodyIsActive() {
        page.refresh();

        assertThat(page.loadedProperty().get()).isTrue();
        assertThat(page.anyoneActiveProperty().get()).isFalse();
        assertThat(page.livedExperienceNoteProperty().get()).isFalse();
        assertThat(page.activeLineProperty().get()).isEqualTo("People active now: 0");
    }

    @Test
    void keepsTheLastFiguresAndSaysSoWhenTheyCannotBeRead() {
        register.add(9, Perspective.SERVICE_USER);
        page.refresh();
        test.close();
        test = null;

        page.refresh();

        assertThat(page.statusProperty().get()).startsWith("The figures could not be read.");
        assertThat(page.activeLineProperty().get()).isEqualTo("People active now: 9");
        assertThat(page.busyProperty().get()).isFalse();
    }

    @Test
    void picksAScaleWithAtMostTenMarks() {
        assertThat(PresenceViewModel.tickUnit(0)).isEqualTo(1);
        assertThat(PresenceViewModel.tickUnit(10)).isEqualTo(1);
        assertThat(PresenceViewModel.tickUnit(11)).isEqualTo(2);
        assertThat(PresenceViewModel.tickUnit(45)).isEqualTo(5);
        assertThat(PresenceViewModel.tickUnit(99)).isEqualTo(10);
        assertThat(PresenceViewModel.tickUnit(180)).isEqualTo(20);
    }
}
