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
    void writesEveryFigureAsItsBandAndDrawsTheBandWhenAGroupIsSmall() {
        register.add(12, Perspective.SERVICE_USER);
        register.add(3, Perspective.CARER);
        register.add(7, Perspective.BOTH);
        register.add(6, Perspective.STAFF);

        page.refresh();

        assertThat(page.inBandsProperty().get()).isTrue();
        assertThat(page.activeLineProperty().get()).isEqualTo("People active now: 25 to 29");
        Chart perspective = chart(page.involvementCharts(), "The perspective people bring");
        assertThat(perspective.lines()).containsExactly(
                "Service user (lived experience): 10 to 14",
                "Carer: fewer than 5",
                "Service user and carer: 5 to 9",
                "Staff: 5 to 9",
                "Volunteer: fewer than 5",
                "Other: fewer than 5");
        assertThat(perspective.bars()).containsExactly(new Bar("Service user", 10, 14), new Bar("Carer", 0, 4),
                new Bar("Service user and carer", 5, 9), new Bar("Staff", 5, 9), new Bar("Volunteer", 0, 4),
                new Bar("Other", 0, 4));
        assertThat(perspective.chartAccessibleText())
                .startsWith("Bar chart: The perspective people bring. Each figure is a band of five");
        assertThat(perspective.figuresAccessibleText())
                .startsWith("The perspective people bring. Service user (lived experience): 10 to 14; Carer: fewer than 5");
        assertThat(perspective.axisUpperBound()).isEqualTo(14);
        assertThat(perspective.tickUnit()).isEqualTo(2);
        assertThat(page.statusProperty().get()).isEqualTo("Figures for the people active on 26 November 2026.");
        assertThat(page.busyProperty().get()).isFalse();
    }

    @Test
    void explainsThatOnePersonCanBeInSeveralRolesOrLevels() {
        register.add(6, Perspective.SERVICE_USER, Set.of(Role.AMBASSADOR, Role.TRUSTEE),
                Set.of(InvolvementLevel.B, InvolvementLevel.D), InvolvementStatus.ACTIVE);

        page.refresh();

        assertThat(page.inBandsProperty().get()).isFalse();
        Chart roles = chart(page.involvementCharts(), "Roles");
        assertThat(roles.hint()).contains("more than one group");
        assertThat(roles.lines()).contains("Ambassador: 6", "Trustee or board member: 6", "Consultant: 0");
        assertThat(roles.chartAccessibleText()).isEqualTo(
                "Bar chart: Roles. Every figure is also written out beside the chart.");
        assertThat(chart(page.involvementCharts(), "Where people are involved (levels A to E)").bars())
                .contains(new Bar("B: community", 6, 6), new Bar("D: strategic", 6, 6), new Bar("A: individual care", 0, 0));
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
                "Gender identity: is their gender the same as the sex they were registered at birth?",
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
        assertThat(all).hasSize(13);
        for (Chart c : all) {
            assertThat(String.join(" ", c.lines()) + c.title() + c.hint() + c.chartAccessibleText()
                    + c.bars().stream().map(Bar::label).toList()).as(c.title()).doesNotContain("!");
        }
    }

    @Test
    void addsACalmNoteWhenFewOrNoServiceUsersAndCarersAreActive() {
        register.add(5, Perspective.STAFF);
        register.add(1, Perspective.CARER);

        page.refresh();
        assertThat(page.livedExperienceNoteProperty().get()).isTrue();

        // Two look the same as one, so the note cannot tell them apart either.
        register.add(1, Perspective.SERVICE_USER);
        page.refresh();
        assertThat(page.livedExperienceNoteProperty().get()).isTrue();

        register.add(3, Perspective.SERVICE_USER);
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
