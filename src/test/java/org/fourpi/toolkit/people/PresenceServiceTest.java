package org.fourpi.toolkit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fourpi.toolkit.people.PresenceFigure.Suppression.FEWER_THAN_FIVE;
import static org.fourpi.toolkit.people.PresenceFigure.Suppression.HIDDEN;
import static org.fourpi.toolkit.people.PresenceFigure.Suppression.NONE;
import static org.fourpi.toolkit.people.PresenceTestPeople.ethnicity;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.fourpi.toolkit.people.PresenceFigure.Suppression;
import org.fourpi.toolkit.people.PresenceService.Count;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresenceServiceTest {

    @TempDir
    Path temp;

    private TestServices test;
    private PeopleService people;
    private EqualityService equality;
    private PresenceTestPeople register;
    private PresenceService presence;

    @BeforeEach
    void open() {
        test = TestServices.open(temp);
        people = test.services().people();
        equality = test.services().equality();
        register = new PresenceTestPeople(people, equality);
        presence = new PresenceService(people, equality);
    }

    @AfterEach
    void close() {
        test.close();
    }

    private static OptionalInt shown(PresenceBreakdown breakdown, String labelKey) {
        return breakdown.figure(labelKey).shownCount();
    }

    private static Suppression why(PresenceBreakdown breakdown, String labelKey) {
        return breakdown.figure(labelKey).suppression();
    }

    @Test
    void countsActivePeopleByPerspectiveRoleAndLevel() {
        register.add(6, Perspective.SERVICE_USER, Set.of(Role.EXPERT_BY_EXPERIENCE), Set.of(InvolvementLevel.C),
                InvolvementStatus.ACTIVE);
        register.add(5, Perspective.CARER, Set.of(Role.EXPERT_BY_EXPERIENCE, Role.PEER_SUPPORTER),
                Set.of(InvolvementLevel.C, InvolvementLevel.D), InvolvementStatus.ACTIVE);
        register.add(5, Perspective.STAFF, Set.of(Role.CO_WORKER), Set.of(InvolvementLevel.D),
                InvolvementStatus.ACTIVE);

        PresenceSummary summary = presence.summary();

        assertThat(summary.active().shownCount()).hasValue(16);
        assertThat(summary.asOf()).isEqualTo(LocalDate.of(2026, 11, 26));
        PresenceBreakdown perspective = summary.breakdown(PresenceTopic.PERSPECTIVE);
        assertThat(shown(perspective, "people.perspective.SERVICE_USER")).hasValue(6);
        assertThat(shown(perspective, "people.perspective.CARER")).hasValue(5);
        assertThat(shown(perspective, "people.perspective.STAFF")).hasValue(5);
        assertThat(shown(perspective, "people.perspective.BOTH")).hasValue(0);
        PresenceBreakdown lived = summary.breakdown(PresenceTopic.LIVED_EXPERIENCE);
        assertThat(shown(lived, PresenceService.LIVED_EXPERIENCE)).hasValue(11);
        assertThat(shown(lived, PresenceService.OTHERS)).hasValue(5);
        PresenceBreakdown roles = summary.breakdown(PresenceTopic.ROLE);
        assertThat(shown(roles, "people.role.EXPERT_BY_EXPERIENCE")).hasValue(11);
        assertThat(shown(roles, "people.role.PEER_SUPPORTER")).hasValue(5);
        assertThat(shown(roles, "people.role.CO_WORKER")).hasValue(5);
        PresenceBreakdown levels = summary.breakdown(PresenceTopic.LEVEL);
        assertThat(levels.figures()).extracting(PresenceFigure::labelKey)
                .containsExactly("people.level.A", "people.level.B", "people.level.C", "people.level.D",
                        "people.level.E");
        assertThat(shown(levels, "people.level.C")).hasValue(11);
        assertThat(shown(levels, "people.level.D")).hasValue(10);
        assertThat(summary.fewerThanTwoLivedExperience()).isFalse();
    }

    @Test
    void leavesOutPeopleTakingABreakAndPeopleWhoLeft() {
        register.add(5, Perspective.SERVICE_USER);
        register.add(6, Perspective.SERVICE_USER, Set.of(), Set.of(), InvolvementStatus.TAKING_A_BREAK);
        long gone = register.add(1, Perspective.CARER);
        people.changeStatus(gone, InvolvementStatus.LEFT, LocalDate.of(2026, 10, 1), "Moved away");
        equality.save(gone, ethnicity(Ethnicity.WHITE_IRISH));

        PresenceSummary summary = presence.summary();

        assertThat(summary.active().shownCount()).hasValue(5);
        assertThat(shown(summary.breakdown(PresenceTopic.PERSPECTIVE), "people.perspective.CARER")).hasValue(0);
        assertThat(summary.anyoneAnswered()).isFalse();
        assertThat(summary.equalityAnswers().figure(PresenceService.ANSWERED).isZero()).isTrue();
    }

    @Test
    void showsGroupsOfOneToFourAsFewerThanFiveWithoutTheirNumber() {
        register.add(10, Perspective.SERVICE_USER);
        register.add(1, Perspective.CARER);
        register.add(4, Perspective.BOTH);
        register.add(5, Perspective.STAFF);

        PresenceBreakdown perspective = presence.summary().breakdown(PresenceTopic.PERSPECTIVE);

        for (String small : List.of("people.perspective.CARER", "people.perspective.BOTH")) {
            assertThat(why(perspective, small)).isEqualTo(FEWER_THAN_FIVE);
            assertThat(shown(perspective, small)).isEmpty();
        }
        assertThat(shown(perspective, "people.perspective.SERVICE_USER")).hasValue(10);
        assertThat(shown(perspective, "people.perspective.STAFF")).hasValue(5);
        assertThat(shown(perspective, "people.perspective.VOLUNTEER")).hasValue(0);
    }

    @Test
    void hidesTheNextSmallestGroupWhenOnlyOneIsSmall() {
        // 20 answered: 12 White, 6 Asian, 2 Black. Knowing the 20, showing 12 and 6 would give away the 2.
        register.answering(12, ethnicity(Ethnicity.WHITE_BRITISH));
        register.answering(6, ethnicity(Ethnicity.ASIAN_INDIAN));
        register.answering(2, ethnicity(Ethnicity.BLACK_CARIBBEAN));

        PresenceSummary summary = presence.summary();
        PresenceBreakdown ethnicGroup = summary.breakdown(PresenceTopic.ETHNIC_GROUP);

        assertThat(why(ethnicGroup, "people.equality.ethnicGroup.BLACK")).isEqualTo(FEWER_THAN_FIVE);
        assertThat(why(ethnicGroup, "people.equality.ethnicGroup.ASIAN")).isEqualTo(HIDDEN);
        assertThat(shown(ethnicGroup, "people.equality.ethnicGroup.ASIAN")).isEmpty();
        assertThat(shown(ethnicGroup, "people.equality.ethnicGroup.WHITE")).hasValue(12);
        assertThat(shown(ethnicGroup, "people.equality.ethnicGroup.MIXED")).hasValue(0);
        assertThat(summary.equalityAnswers().figure(PresenceService.ANSWERED).shownCount()).hasValue(20);
    }

    @Test
    void keepsPerspectivesPrivateWhenTheLivedExperienceTotalIsShown() {
        // 14 + 3 + 6 = 23 with lived experience, shown; hiding only Staff would let 23 - 14 - 6 give away the 3.
        register.add(14, Perspective.SERVICE_USER);
        register.add(3, Perspective.CARER);
        register.add(6, Perspective.BOTH);
        register.add(5, Perspective.STAFF);
        register.add(5, Perspective.VOLUNTEER);

        PresenceSummary summary = presence.summary();
        PresenceBreakdown perspective = summary.breakdown(PresenceTopic.PERSPECTIVE);

        assertThat(shown(summary.breakdown(PresenceTopic.LIVED_EXPERIENCE), PresenceService.LIVED_EXPERIENCE))
                .hasValue(23);
        assertThat(why(perspective, "people.perspective.CARER")).isEqualTo(FEWER_THAN_FIVE);
        assertThat(why(perspective, "people.perspective.BOTH")).isEqualTo(HIDDEN);
        assertThat(shown(perspective, "people.perspective.SERVICE_USER")).hasValue(14);
        assertThat(shown(perspective, "people.perspective.STAFF")).hasValue(5);
    }

    @Test
    void neverLetsTheHiddenNumberOfServiceUsersAndCarersBeAddedUpFromItsParts() {
        // 40 active and 3 staff: 37 with lived experience is hidden, else 40 - 37 would give the 3 away.
        register.add(20, Perspective.SERVICE_USER);
        register.add(10, Perspective.CARER);
        register.add(7, Perspective.BOTH);
        register.add(3, Perspective.STAFF);

        PresenceSummary summary = presence.summary();
        PresenceBreakdown lived = summary.breakdown(PresenceTopic.LIVED_EXPERIENCE);
        PresenceBreakdown perspective = summary.breakdown(PresenceTopic.PERSPECTIVE);

        assertThat(why(lived, PresenceService.OTHERS)).isEqualTo(FEWER_THAN_FIVE);
        assertThat(why(lived, PresenceService.LIVED_EXPERIENCE)).isEqualTo(HIDDEN);
        assertThat(why(perspective, "people.perspective.BOTH")).isEqualTo(HIDDEN);
        assertThat(shown(perspective, "people.perspective.SERVICE_USER")).hasValue(20);
        assertThat(shown(perspective, "people.perspective.CARER")).hasValue(10);
        assertThat(why(perspective, "people.perspective.STAFF")).isEqualTo(FEWER_THAN_FIVE);
    }

    @Test
    void countsAnObjectionOnlyAsANumberAndInNoEqualityFigure() {
        register.answering(6, new EqualityAnswers(AgeBand.AGE_25_34, Ethnicity.WHITE_BRITISH, Sex.FEMALE, null,
                Answer.YES, null, null, Answer.NO, null));
        register.answering(1, new EqualityAnswers(AgeBand.AGE_65_74, Ethnicity.OTHER_ARAB, Sex.MALE, null,
                Answer.NO, null, null, Answer.YES, null));
        long objector = register.add(1, Perspective.SERVICE_USER);
        equality.save(objector, new EqualityAnswers(AgeBand.AGE_65_74, Ethnicity.OTHER_ARAB, Sex.MALE, null,
                Answer.NO, null, null, Answer.YES, null));
        equality.recordObjection(objector);
        register.add(4, Perspective.CARER);

        PresenceSummary summary = presence.summary();

        PresenceBreakdown answers = summary.equalityAnswers();
        assertThat(summary.active().shownCount()).hasValue(12);
        assertThat(shown(answers, PresenceService.ANSWERED)).hasValue(7);
        assertThat(why(answers, PresenceService.NOT_ANSWERED)).isEqualTo(FEWER_THAN_FIVE);
        assertThat(why(answers, PresenceService.OBJECTED)).isEqualTo(FEWER_THAN_FIVE);
        assertThat(summary.answeredPercent()).hasValue(58);
        // Only the one person who answered is in the 65 to 74 group; the objector is not counted.
        PresenceBreakdown age = summary.breakdown(PresenceTopic.AGE);
        assertThat(why(age, "people.equality.age.AGE_65_74")).isEqualTo(FEWER_THAN_FIVE);
        assertThat(why(age, "people.equality.age.AGE_25_34")).isEqualTo(HIDDEN);
        assertThat(summary.equality()).extracting(PresenceBreakdown::topic).containsExactly(
                PresenceTopic.AGE, PresenceTopic.ETHNIC_GROUP, PresenceTopic.SEX, PresenceTopic.DISABILITY,
                PresenceTopic.SEXUAL_ORIENTATION, PresenceTopic.RELIGION, PresenceTopic.UNPAID_CARER);
    }

    @Test
    void givesNoShareOfAnswersWhenTheNumberWhoAnsweredIsHidden() {
        register.answering(3, ethnicity(Ethnicity.WHITE_BRITISH));
        register.add(20, Perspective.CARER);

        PresenceSummary summary = presence.summary();

        assertThat(summary.equalityAnswers().figure(PresenceService.ANSWERED).suppressed()).isTrue();
        assertThat(summary.answeredPercent()).isEmpty();
        assertThat(summary.anyoneAnswered()).isTrue();
    }

    @Test
    void notesWhenFewerThanTwoActivePeopleBringLivedExperience() {
        register.add(6, Perspective.STAFF);
        long serviceUser = register.add(1, Perspective.SERVICE_USER);
        long carer = register.add(1, Perspective.CARER);
        people.changeStatus(carer, InvolvementStatus.TAKING_A_BREAK, LocalDate.of(2026, 11, 1), "");

        assertThat(presence.summary().fewerThanTwoLivedExperience()).isTrue();

        people.changeStatus(carer, InvolvementStatus.ACTIVE, LocalDate.of(2026, 11, 20), "Back");
        assertThat(presence.summary().fewerThanTwoLivedExperience()).isFalse();
        assertThat(serviceUser).isPositive();
    }

    @Test
    void hasNothingToShowWhenNobodyIsActive() {
        register.add(3, Perspective.SERVICE_USER, Set.of(), Set.of(), InvolvementStatus.LEFT);

        PresenceSummary summary = presence.summary();

        assertThat(summary.anyoneActive()).isFalse();
        assertThat(summary.active().shownCount()).hasValue(0);
        assertThat(summary.answeredPercent()).isEmpty();
    }

    @Test
    void showsASingleActivePersonAsFewerThanFive() {
        register.add(1, Perspective.SERVICE_USER);

        PresenceSummary summary = presence.summary();

        assertThat(summary.active().suppression()).isEqualTo(FEWER_THAN_FIVE);
        assertThat(summary.anyoneActive()).isTrue();
    }

    // The rule itself, on exact counts.

    private static List<Suppression> protect(int... counts) {
        List<Count> list = new java.util.ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            list.add(new Count("group." + i, counts[i]));
        }
        return PresenceService.protect(list).stream().map(PresenceFigure::suppression).toList();
    }

    @Test
    void hidesNothingWhenEveryGroupIsFiveOrMoreOrEmpty() {
        assertThat(protect(5, 0, 12)).containsExactly(NONE, NONE, NONE);
    }

    @Test
    void hidesOneMoreWhenTwoSmallGroupsCouldOnlyBeOneEach() {
        // 1 + 1 = 2 can only be one person in each; hide the next smallest as well.
        assertThat(protect(1, 1, 9, 20)).containsExactly(FEWER_THAN_FIVE, FEWER_THAN_FIVE, HIDDEN, NONE);
        // 4 + 4 = 8 can only be four in each.
        assertThat(protect(4, 4, 9, 20)).containsExactly(FEWER_THAN_FIVE, FEWER_THAN_FIVE, HIDDEN, NONE);
        // 2 + 3 = 5 could be 1 + 4, 2 + 3, 3 + 2 or 4 + 1: nothing more to hide.
        assertThat(protect(2, 3, 9, 20)).containsExactly(FEWER_THAN_FIVE, FEWER_THAN_FIVE, NONE, NONE);
    }

    @Test
    void neverHidesAnEmptyGroupToProtectAnother() {
        assertThat(protect(3, 0, 0)).containsExactly(FEWER_THAN_FIVE, NONE, NONE);
    }

    @Test
    void hidesAnotherWhenTheHiddenGroupsCouldOnlyBeOneAndFive() {
        // Hiding the 5 alone next to a 1 would still give both away: 6 can only be 1 + 5.
        assertThat(protect(1, 5, 7, 30)).containsExactly(FEWER_THAN_FIVE, HIDDEN, HIDDEN, NONE);
    }

    @Test
    void neverLetsAHiddenFigureCarryItsNumber() {
        assertThatThrownBy(() -> new PresenceFigure("people.perspective.CARER", OptionalInt.of(3),
                Suppression.FEWER_THAN_FIVE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PresenceFigure("people.perspective.CARER", OptionalInt.empty(), NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
