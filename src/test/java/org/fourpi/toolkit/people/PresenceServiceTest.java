package org.fourpi.toolkit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fourpi.toolkit.people.PresenceTestPeople.ethnicity;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

import org.fourpi.toolkit.people.PresenceService.Count;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresenceServiceTest {

    private static final String CARER = "people.perspective.CARER";
    private static final String BOTH = "people.perspective.BOTH";

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

    private static OptionalInt exact(PresenceBreakdown breakdown, String labelKey) {
        return breakdown.figure(labelKey).exactCount();
    }

    /** A figure as "from-to", the way a band reads on the page; "12-12" when exact. */
    private static String shown(PresenceBreakdown breakdown, String labelKey) {
        PresenceFigure figure = breakdown.figure(labelKey);
        return figure.atLeast() + "-" + figure.atMost();
    }

    private static EqualityAnswers sexAndGender(Sex sex, Answer sameAsAtBirth) {
        return new EqualityAnswers(null, null, sex, sameAsAtBirth, null, null, null, null, null);
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

        assertThat(summary.inBands()).isFalse();
        assertThat(summary.active().exactCount()).hasValue(16);
        assertThat(summary.asOf()).isEqualTo(LocalDate.of(2026, 11, 26));
        PresenceBreakdown perspective = summary.breakdown(PresenceTopic.PERSPECTIVE);
        assertThat(exact(perspective, "people.perspective.SERVICE_USER")).hasValue(6);
        assertThat(exact(perspective, CARER)).hasValue(5);
        assertThat(exact(perspective, "people.perspective.STAFF")).hasValue(5);
        assertThat(exact(perspective, BOTH)).hasValue(0);
        PresenceBreakdown lived = summary.breakdown(PresenceTopic.LIVED_EXPERIENCE);
        assertThat(exact(lived, PresenceService.LIVED_EXPERIENCE)).hasValue(11);
        assertThat(exact(lived, PresenceService.OTHERS)).hasValue(5);
        PresenceBreakdown roles = summary.breakdown(PresenceTopic.ROLE);
        assertThat(exact(roles, "people.role.EXPERT_BY_EXPERIENCE")).hasValue(11);
        assertThat(exact(roles, "people.role.PEER_SUPPORTER")).hasValue(5);
        assertThat(exact(roles, "people.role.CO_WORKER")).hasValue(5);
        PresenceBreakdown levels = summary.breakdown(PresenceTopic.LEVEL);
        assertThat(levels.figures()).extracting(PresenceFigure::labelKey)
                .containsExactly("people.level.A", "people.level.B", "people.level.C", "people.level.D",
                        "people.level.E");
        assertThat(exact(levels, "people.level.C")).hasValue(11);
        assertThat(exact(levels, "people.level.D")).hasValue(10);
        assertThat(summary.fewLivedExperience()).isFalse();
    }

    @Test
    void leavesOutPeopleTakingABreakAndPeopleWhoLeft() {
        register.add(5, Perspective.SERVICE_USER);
        register.add(6, Perspective.SERVICE_USER, Set.of(), Set.of(), InvolvementStatus.TAKING_A_BREAK);
        long gone = register.add(1, Perspective.CARER);
        people.changeStatus(gone, InvolvementStatus.LEFT, LocalDate.of(2026, 10, 1), "Moved away");
        equality.save(gone, ethnicity(Ethnicity.WHITE_IRISH));

        PresenceSummary summary = presence.summary();

        assertThat(summary.active().exactCount()).hasValue(5);
        assertThat(exact(summary.breakdown(PresenceTopic.PERSPECTIVE), CARER)).hasValue(0);
        assertThat(summary.anyoneAnswered()).isFalse();
        assertThat(summary.equalityAnswers().figure(PresenceService.ANSWERED).isZero()).isTrue();
    }

    @Test
    void showsEveryFigureOnThePageAsABandOfFiveWhenAnyGroupIsSmall() {
        // The case found in review: with 27 shown exactly and the carers hidden, carers and "both" could
        // be worked out. Now carers + both is somewhere between 10 and 28, and the carers 1 to 4 or none.
        register.add(12, Perspective.SERVICE_USER);
        register.add(4, Perspective.CARER);
        register.add(11, Perspective.BOTH);
        register.add(10, Perspective.STAFF);

        PresenceSummary summary = presence.summary();

        assertThat(summary.inBands()).isTrue();
        assertThat(summary.active().atLeast()).isEqualTo(35);
        assertThat(summary.active().atMost()).isEqualTo(39);
        PresenceBreakdown lived = summary.breakdown(PresenceTopic.LIVED_EXPERIENCE);
        assertThat(shown(lived, PresenceService.LIVED_EXPERIENCE)).isEqualTo("25-29");
        assertThat(shown(lived, PresenceService.OTHERS)).isEqualTo("10-14");
        PresenceBreakdown perspective = summary.breakdown(PresenceTopic.PERSPECTIVE);
        assertThat(shown(perspective, "people.perspective.SERVICE_USER")).isEqualTo("10-14");
        assertThat(shown(perspective, CARER)).isEqualTo("0-4");
        assertThat(shown(perspective, BOTH)).isEqualTo("10-14");
        assertThat(shown(perspective, "people.perspective.STAFF")).isEqualTo("10-14");
        assertThat(shown(summary.equalityAnswers(), PresenceService.NOT_ANSWERED)).isEqualTo("35-39");
        List<PresenceFigure> everyFigure = new ArrayList<>(List.of(summary.active()));
        everyFigure.addAll(summary.equalityAnswers().figures());
        Stream.concat(summary.involvement().stream(), summary.equality().stream())
                .forEach(b -> everyFigure.addAll(b.figures()));
        assertThat(everyFigure).as("no figure on the page is exact").noneMatch(PresenceFigure::exact);
    }

    @Test
    void showsNobodyAndAFewAlikeOnceThePageIsInBands() {
        register.add(10, Perspective.SERVICE_USER);
        register.add(1, Perspective.CARER);
        register.add(5, Perspective.STAFF);

        PresenceBreakdown perspective = presence.summary().breakdown(PresenceTopic.PERSPECTIVE);

        assertThat(perspective.figure(CARER).fewerThanFive()).isTrue();
        assertThat(shown(perspective, BOTH)).isEqualTo(shown(perspective, CARER));
        assertThat(perspective.figure(CARER).exactCount()).isEmpty();
    }

    @Test
    void countsAnObjectionInNoEqualityFigure() {
        register.answering(10, new EqualityAnswers(AgeBand.AGE_25_34, Ethnicity.WHITE_BRITISH, null, null, null,
                null, null, null, null));
        for (int i = 0; i < 5; i++) {
            long objector = register.add(1, Perspective.SERVICE_USER);
            equality.save(objector, new EqualityAnswers(AgeBand.AGE_65_74, Ethnicity.OTHER_ARAB, null, null, null,
                    null, null, null, null));
            equality.recordObjection(objector);
        }
        register.add(5, Perspective.CARER);

        PresenceSummary summary = presence.summary();

        assertThat(summary.inBands()).isFalse();
        PresenceBreakdown answers = summary.equalityAnswers();
        assertThat(summary.active().exactCount()).hasValue(20);
        assertThat(exact(answers, PresenceService.ANSWERED)).hasValue(10);
        assertThat(exact(answers, PresenceService.NOT_ANSWERED)).hasValue(5);
        assertThat(exact(answers, PresenceService.OBJECTED)).hasValue(5);
        assertThat(summary.answeredPercent()).hasValue(50);
        PresenceBreakdown age = summary.breakdown(PresenceTopic.AGE);
        assertThat(exact(age, "people.equality.age.AGE_25_34")).hasValue(10);
        assertThat(exact(age, "people.equality.age.AGE_65_74")).hasValue(0);
        assertThat(summary.equality()).extracting(PresenceBreakdown::topic).containsExactly(
                PresenceTopic.AGE, PresenceTopic.ETHNIC_GROUP, PresenceTopic.SEX, PresenceTopic.GENDER_IDENTITY,
                PresenceTopic.DISABILITY, PresenceTopic.SEXUAL_ORIENTATION, PresenceTopic.RELIGION,
                PresenceTopic.UNPAID_CARER);
    }

    @Test
    void countsGenderIdentityAsWellAsSex() {
        register.answering(6, sexAndGender(Sex.FEMALE, Answer.YES));
        register.answering(5, sexAndGender(Sex.MALE, Answer.NO));

        PresenceSummary summary = presence.summary();

        PresenceBreakdown gender = summary.breakdown(PresenceTopic.GENDER_IDENTITY);
        assertThat(gender.figures()).extracting(PresenceFigure::labelKey).containsExactly(
                "people.equality.answer.YES", "people.equality.answer.NO", "people.equality.answer.PREFER_NOT_TO_SAY");
        assertThat(exact(gender, "people.equality.answer.YES")).hasValue(6);
        assertThat(exact(gender, "people.equality.answer.NO")).hasValue(5);
        assertThat(exact(gender, "people.equality.answer.PREFER_NOT_TO_SAY")).hasValue(0);
        assertThat(exact(summary.breakdown(PresenceTopic.SEX), "people.equality.sex.MALE")).hasValue(5);
    }

    @Test
    void protectsGenderIdentityLikeEveryOtherFigure() {
        register.answering(10, sexAndGender(Sex.FEMALE, Answer.YES));
        register.answering(2, sexAndGender(Sex.FEMALE, Answer.NO));

        PresenceBreakdown gender = presence.summary().breakdown(PresenceTopic.GENDER_IDENTITY);

        assertThat(gender.figure("people.equality.answer.NO").fewerThanFive()).isTrue();
        assertThat(shown(gender, "people.equality.answer.YES")).isEqualTo("10-14");
    }

    @Test
    void usesBandsWhenAFewOfThoseWhoAnsweredLeftOneQuestionOut() {
        // Every group shown would be 0 or at least 5, but 10 answered and 7 said yes: 3 left it out.
        register.answering(7, sexAndGender(Sex.FEMALE, Answer.YES));
        register.answering(3, sexAndGender(Sex.FEMALE, null));

        PresenceSummary summary = presence.summary();

        assertThat(summary.inBands()).isTrue();
        assertThat(shown(summary.equalityAnswers(), PresenceService.ANSWERED)).isEqualTo("10-14");
        assertThat(shown(summary.breakdown(PresenceTopic.GENDER_IDENTITY), "people.equality.answer.YES"))
                .isEqualTo("5-9");
    }

    @Test
    void givesNoShareOfAnswersWhenTheFiguresAreInBands() {
        register.answering(3, ethnicity(Ethnicity.WHITE_BRITISH));
        register.add(20, Perspective.CARER);

        PresenceSummary summary = presence.summary();

        assertThat(summary.equalityAnswers().figure(PresenceService.ANSWERED).fewerThanFive()).isTrue();
        assertThat(summary.answeredPercent()).isEmpty();
        assertThat(summary.anyoneAnswered()).isTrue();
    }

    @Test
    void notesFewOrNoServiceUsersAndCarersWithoutSayingHowMany() {
        register.add(6, Perspective.STAFF);
        assertThat(presence.summary().fewLivedExperience()).as("nobody").isTrue();

        long serviceUser = register.add(1, Perspective.SERVICE_USER);
        PresenceSummary one = presence.summary();
        register.add(2, Perspective.CARER);
        PresenceSummary three = presence.summary();

        // One and three look the same, note included, so the note cannot give the one away.
        assertThat(one.fewLivedExperience()).isTrue();
        assertThat(three.fewLivedExperience()).isTrue();
        assertThat(three.breakdown(PresenceTopic.LIVED_EXPERIENCE))
                .isEqualTo(one.breakdown(PresenceTopic.LIVED_EXPERIENCE));

        register.add(2, Perspective.BOTH);
        assertThat(presence.summary().fewLivedExperience()).as("five").isFalse();
        assertThat(serviceUser).isPositive();
    }

    @Test
    void hasNothingToShowWhenNobodyIsActive() {
        register.add(3, Perspective.SERVICE_USER, Set.of(), Set.of(), InvolvementStatus.LEFT);

        PresenceSummary summary = presence.summary();

        assertThat(summary.anyoneActive()).isFalse();
        assertThat(summary.active().exactCount()).hasValue(0);
        assertThat(summary.answeredPercent()).isEmpty();
    }

    @Test
    void showsASingleActivePersonAsFewerThanFive() {
        register.add(1, Perspective.SERVICE_USER);

        PresenceSummary summary = presence.summary();

        assertThat(summary.active().fewerThanFive()).isTrue();
        assertThat(summary.anyoneActive()).isTrue();
    }

    // The rule itself, on exact counts.

    private static List<Count> counts(int... sizes) {
        return Arrays.stream(sizes).mapToObj(n -> new Count("group", n)).toList();
    }

    @Test
    void needsBandsOnlyWhenSomeGroupHasOneToFourPeople() {
        assertThat(PresenceService.needsBands(counts(0, 5, 12, 40).stream())).isFalse();
        assertThat(PresenceService.needsBands(counts(0, 5, 12, 4).stream())).isTrue();
        assertThat(PresenceService.needsBands(counts(1, 30).stream())).isTrue();
    }

    @Test
    void putsEachCountInItsBandOfFive() {
        assertThat(List.of(0, 4, 5, 9, 14, 30)).extracting(n -> PresenceService.figure(new Count("group", n), true))
                .extracting(f -> f.atLeast() + "-" + f.atMost())
                .containsExactly("0-4", "0-4", "5-9", "5-9", "10-14", "30-34");
        assertThat(PresenceService.figure(new Count("group", 12), false).exactCount()).hasValue(12);
    }

    @Test
    void neverLetsAFigureCarryTheNumberOfASmallGroup() {
        assertThatThrownBy(() -> PresenceService.figure(new Count(CARER, 3), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PresenceFigure(CARER, 3, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PresenceFigure(CARER, 5, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PresenceFigure(CARER, 0, 0).isZero()).isTrue();
    }
}
