package org.fourpi.toolkit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fourpi.toolkit.common.validation.Formats;
import org.fourpi.toolkit.demo.ExampleDataService;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplePeopleTest {

    @TempDir
    Path temp;

    private TestServices test;
    private PeopleService people;

    @BeforeEach
    void fill() {
        test = TestServices.open(temp);
        people = test.services().people();
        test.services().exampleData().fill();
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void addsAboutFortyFictionalPeopleOnceAndOnlyOnce() {
        List<Person> everyone = people.all();

        assertThat(everyone).hasSize(ExamplePeople.COUNT).hasSizeBetween(35, 45);
        assertThat(everyone).allSatisfy(p -> {
            assertThat(p.email()).endsWith("@example.org");
            assertThat(p.phone()).matches("07700 900\\d{3}|0161 496 0\\d{3}");
            assertThat(Formats.isUkPostcode(p.postcode())).as(p.postcode()).isTrue();
        });
        assertThat(everyone).extracting(Person::email).doesNotHaveDuplicates();

        ExampleDataService example = test.services().exampleData();
        assertThat(example.isEmpty()).isFalse();
        assertThatThrownBy(example::fill).isInstanceOf(ExampleDataService.NotEmptyException.class);
        assertThat(people.all()).hasSize(ExamplePeople.COUNT);
    }

    @Test
    void bringsMostlyServiceUsersAndCarersInEveryRoleAndLevel() {
        List<Person> everyone = people.all();
        Map<Perspective, Long> byPerspective = everyone.stream()
                .collect(Collectors.groupingBy(Person::perspective, Collectors.counting()));
        long livedExperience = byPerspective.getOrDefault(Perspective.SERVICE_USER, 0L)
                + byPerspective.getOrDefault(Perspective.CARER, 0L) + byPerspective.getOrDefault(Perspective.BOTH, 0L);

        assertThat(livedExperience * 2).isGreaterThan(everyone.size());
        assertThat(everyone.stream().flatMap(p -> p.levels().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(InvolvementLevel.values());
        assertThat(everyone.stream().flatMap(p -> p.roles().stream()).collect(Collectors.toSet()))
                .contains(Role.EXPERT_BY_EXPERIENCE, Role.PEER_SUPPORTER, Role.TRUSTEE, Role.OTHER);
        assertThat(everyone).anySatisfy(p -> assertThat(p.preferredTimes()).isNotEmpty());
        assertThat(everyone).anySatisfy(p -> assertThat(p.otherNeeds()).isNotEmpty());
        assertThat(everyone).anySatisfy(p -> assertThat(p.needs()).contains(AccessNeed.BSL_INTERPRETER));
    }

    @Test
    void hasPeopleTakingABreakAndPeopleWhoLeftWithADatedHistory() {
        Map<InvolvementStatus, Long> byStatus = people.all().stream()
                .collect(Collectors.groupingBy(Person::status, Collectors.counting()));

        assertThat(byStatus.get(InvolvementStatus.ACTIVE)).isGreaterThan(byStatus.get(InvolvementStatus.LEFT)
                + byStatus.get(InvolvementStatus.TAKING_A_BREAK));
        assertThat(byStatus.get(InvolvementStatus.TAKING_A_BREAK)).isPositive();
        assertThat(byStatus.get(InvolvementStatus.LEFT)).isPositive();

        for (Person p : people.all()) {
            PersonDetails details = people.find(p.id()).orElseThrow();
            assertThat(details.history()).as(p.displayName()).isNotEmpty();
            assertThat(details.history().getFirst().status()).as(p.displayName()).isEqualTo(p.status());
        }
        assertThat(people.all()).anySatisfy(p -> assertThat(people.find(p.id()).orElseThrow().history())
                .extracting(StatusChange::status).contains(InvolvementStatus.TAKING_A_BREAK));
    }

    @Test
    void recordsConsentsWithOneContactConsentWithdrawn() {
        List<Consent> consents = people.all().stream()
                .flatMap(p -> people.find(p.id()).orElseThrow().consents().stream()).toList();

        assertThat(consents).extracting(Consent::purpose).contains(ConsentPurpose.values());
        assertThat(consents).filteredOn(c -> !c.isActive()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.purpose()).isEqualTo(ConsentPurpose.CONTACT_ABOUT_OPPORTUNITIES));
        assertThat(consents).allSatisfy(c -> assertThat(c.givenOn()).isBeforeOrEqualTo(people.today()));
    }

    @Test
    void showsThePresenceFiguresInBandsBecauseSomeGroupsAreSmall() {
        EqualityService equality = test.services().equality();
        PresenceSummary summary = new PresenceService(people, equality).summary();

        assertThat(people.all().stream().filter(p -> equality.objectedOn(p.id()).isPresent())).hasSize(1);
        assertThat(summary.inBands()).isTrue();
        assertThat(summary.active().atLeast()).isGreaterThanOrEqualTo(PresenceFigure.BAND);
        assertThat(summary.fewLivedExperience()).isFalse();
        assertThat(summary.equalityAnswers().figure(PresenceService.OBJECTED).fewerThanFive()).isTrue();
        Function<PresenceTopic, Set<Boolean>> fewerThanFive = topic -> summary.breakdown(topic).figures().stream()
                .map(PresenceFigure::fewerThanFive).collect(Collectors.toSet());
        assertThat(fewerThanFive.apply(PresenceTopic.ETHNIC_GROUP)).containsExactlyInAnyOrder(true, false);
        assertThat(fewerThanFive.apply(PresenceTopic.RELIGION)).containsExactlyInAnyOrder(true, false);
        assertThat(summary.answeredPercent()).isEmpty();
    }
}
