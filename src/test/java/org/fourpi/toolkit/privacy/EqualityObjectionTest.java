package org.fourpi.toolkit.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fourpi.toolkit.assessment.EvidenceKind;
import org.fourpi.toolkit.people.AgeBand;
import org.fourpi.toolkit.people.Answer;
import org.fourpi.toolkit.people.ConsentMethod;
import org.fourpi.toolkit.people.ConsentPurpose;
import org.fourpi.toolkit.people.EqualityAnswers;
import org.fourpi.toolkit.people.Ethnicity;
import org.fourpi.toolkit.people.PresenceFigure;
import org.fourpi.toolkit.people.PresenceService;
import org.fourpi.toolkit.people.PresenceSummary;
import org.fourpi.toolkit.people.Religion;
import org.fourpi.toolkit.people.Sex;
import org.fourpi.toolkit.people.SexualOrientation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An objection to equality monitoring takes the person out of the Presence figures and the evidence at once. */
class EqualityObjectionTest {

    private static final EqualityAnswers SAME_ANSWERS = new EqualityAnswers(AgeBand.AGE_25_34, Ethnicity.WHITE_BRITISH,
            Sex.FEMALE, Answer.YES, Answer.YES, SexualOrientation.STRAIGHT, Religion.NONE, Answer.YES, null);

    @TempDir
    Path temp;

    private PrivacyFixture fixture;
    private final List<Long> people = new ArrayList<>();

    @BeforeEach
    void tenPeopleWhoAllAnswered() throws Exception {
        fixture = new PrivacyFixture(temp);
        for (int i = 0; i < 10; i++) {
            long id = fixture.plainPerson("Person" + i, "Answered");
            fixture.services.equality().save(id, SAME_ANSWERS);
            people.add(id);
        }
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private PresenceFigure answered() {
        PresenceSummary summary = new PresenceService(fixture.services.people(), fixture.services.equality()).summary();
        return summary.equalityAnswers().figure("presence.figure.answered");
    }

    private String evidence() {
        return fixture.services.evidence().figures().get(EvidenceKind.EQUALITY_COVERAGE).getFirst();
    }

    @Test
    void anObjectionTakesThePersonOutOfTheFiguresAtOnce() {
        assertThat(answered().exactCount()).hasValue(10);
        assertThat(evidence()).startsWith("10 of the 10 people active now");

        fixture.services.equality().recordObjection(people.getFirst());

        assertThat(answered().atMost()).as("nine answer sets are left, shown in a band").isEqualTo(9);
        assertThat(fixture.services.equality().answersForFigures()).hasSize(9);
        assertThat(fixture.services.equality().find(people.getFirst()).objected()).isTrue();
        assertThat(evidence()).isEqualTo("Between 5 and 9 of the people active now have answered the equality questions.");
    }

    @Test
    void withdrawingConsentToEqualityMonitoringIsAnObjection() {
        long first = people.getFirst();
        long consent = fixture.services.people().recordConsent(first, ConsentPurpose.EQUALITY_MONITORING,
                LocalDate.of(2026, 1, 5), ConsentMethod.IN_WRITING, "v1");

        fixture.services.people().withdrawConsent(consent, fixture.services.equality());

        assertThat(answered().atMost()).isEqualTo(9);
        assertThat(fixture.services.equality().answersForFigures()).hasSize(9);
        assertThat(evidence()).startsWith("Between 5 and 9");
    }

    @Test
    void erasureTakesThePersonOutOfTheFiguresToo() {
        fixture.services.erasure().erase(people.getFirst(), "Person0 Answered");

        assertThat(answered().atMost()).isEqualTo(9);
        assertThat(fixture.services.equality().answersForFigures()).hasSize(9);
    }
}
