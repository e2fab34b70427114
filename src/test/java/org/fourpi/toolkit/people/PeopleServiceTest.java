package org.fourpi.toolkit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.fourpi.toolkit.common.files.AttachmentStore;
import org.fourpi.toolkit.common.validation.Problem;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleServiceTest {

    @TempDir
    Path temp;

    private TestServices test;
    private PeopleService people;
    private EqualityService equality;

    @BeforeEach
    void open() {
        test = TestServices.open(temp.resolve("data"));
        people = test.services().people();
        equality = test.services().equality();
    }

    @AfterEach
    void close() {
        test.close();
    }

    static Person sam() {
        return new Person(null, "Samira", "Okafor", "Sam", Perspective.SERVICE_USER,
                Set.of(Role.EXPERT_BY_EXPERIENCE, Role.CRITICAL_FRIEND), "", Set.of(InvolvementLevel.C,
                InvolvementLevel.D), "sam@example.org", "07700 900123", "1 Mill Lane", "m1 2ab", ContactMethod.EMAIL,
                true, LocalDate.of(1970, 5, 1), Set.of(AccessNeed.LARGE_PRINT), "not before 10am", "", null);
    }

    @Test
    void savesAPersonWithEverySetAndReadsThemBack() {
        Person saved = people.save(sam());

        PersonDetails details = people.find(saved.id()).orElseThrow();
        assertThat(details.person()).isEqualTo(saved);
        assertThat(details.person().postcode()).isEqualTo("M1 2AB");
        assertThat(details.person().roles()).containsExactlyInAnyOrder(Role.EXPERT_BY_EXPERIENCE, Role.CRITICAL_FRIEND);
        assertThat(details.person().status()).isEqualTo(InvolvementStatus.ACTIVE);
        assertThat(details.history()).singleElement()
                .satisfies(change -> assertThat(change.effectiveOn()).isEqualTo(people.today()));
        assertThat(people.list()).singleElement().satisfies(row -> {
            assertThat(row.displayName()).isEqualTo("Sam Okafor");
            assertThat(row.hasAccessNeeds()).isTrue();
        });
    }

    @Test
    void refusesARecordThatBreaksTheRulesAndSavesNothing() {
        Person noName = new Person(null, " ", "Okafor", "", Perspective.CARER, Set.of(), "", Set.of(), "bad@", "12",
                "", "", null, false, people.today().plusDays(1), Set.of(), "", "", null);

        assertThatThrownBy(() -> people.save(noName)).isInstanceOfSatisfying(InvalidPersonException.class,
                e -> assertThat(e.problems())
                        .containsEntry(PersonField.FIRST_NAME, Problem.REQUIRED)
                        .containsEntry(PersonField.EMAIL, Problem.NOT_AN_EMAIL)
                        .containsEntry(PersonField.PHONE, Problem.NOT_A_UK_PHONE)
                        .containsEntry(PersonField.DATE_OF_BIRTH, Problem.DATE_IN_FUTURE));
        assertThat(people.list()).isEmpty();
    }

    @Test
    void keepsADatedHistoryAsPeopleMoveInAndOutOfInvolvement() {
        Person saved = people.save(sam());
        people.changeStatus(saved.id(), InvolvementStatus.TAKING_A_BREAK, LocalDate.of(2026, 6, 1), "Moving house");
        people.changeStatus(saved.id(), InvolvementStatus.ACTIVE, LocalDate.of(2026, 9, 1), "Back");

        PersonDetails details = people.find(saved.id()).orElseThrow();
        assertThat(details.person().status()).isEqualTo(InvolvementStatus.ACTIVE);
        assertThat(details.history()).extracting(StatusChange::status, StatusChange::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple(InvolvementStatus.ACTIVE, "Back"),
                org.assertj.core.groups.Tuple.tuple(InvolvementStatus.TAKING_A_BREAK, "Moving house"),
                org.assertj.core.groups.Tuple.tuple(InvolvementStatus.ACTIVE, ""));
        assertThat(details.person().firstName()).isEqualTo("Samira");
    }

    @Test
    void savingDetailsLeavesARecordedStatusAlone() {
        Person saved = people.save(sam());
        people.changeStatus(saved.id(), InvolvementStatus.LEFT, people.today(), "Moved away");

        people.save(new Person(saved.id(), "Samira", "Okafor", "Sam", Perspective.SERVICE_USER, Set.of(), "",
                Set.of(), "", "07700 900999", "", "", null, false, null, Set.of(), "", "", InvolvementStatus.ACTIVE));

        PersonDetails details = people.find(saved.id()).orElseThrow();
        assertThat(details.person().status()).isEqualTo(InvolvementStatus.LEFT);
        assertThat(details.person().phone()).isEqualTo("07700 900999");
        assertThat(details.history()).hasSize(2);
    }

    @Test
    void keepsEqualityAnswersClosedOnceThePersonObjected() {
        Person saved = people.save(sam());
        equality.recordObjection(saved.id());

        assertThatThrownBy(() -> equality.save(saved.id(), new EqualityAnswers(AgeBand.AGE_25_34, null, null, null,
                null, null, null, null, null))).isInstanceOf(IllegalStateException.class);
        assertThat(equality.find(saved.id()).objected()).isTrue();
        assertThat(equality.find(saved.id()).ageBand()).isNull();
    }

    @Test
    void warnsOfALikelyDuplicateBySameNameAndEmailOrPhone() {
        Person first = people.save(sam());
        Person samePhoneDifferentlyWritten = new Person(null, "samira", "OKAFOR", "", Perspective.SERVICE_USER,
                Set.of(), "", Set.of(), "", "+44 7700 900123", "", "", null, false, null, Set.of(), "", "", null);
        Person differentPerson = new Person(null, "Samira", "Okafor", "", Perspective.SERVICE_USER, Set.of(), "",
                Set.of(), "other@example.org", "", "", "", null, false, null, Set.of(), "", "", null);

        assertThat(people.likelyDuplicates(samePhoneDifferentlyWritten)).extracting(PersonSummary::id)
                .containsExactly(first.id());
        assertThat(people.likelyDuplicates(differentPerson)).isEmpty();
        assertThat(people.likelyDuplicates(first)).as("a person is not their own duplicate").isEmpty();
    }

    @Test
    void withdrawingEqualityConsentRemovesTheAnswersFromEveryFigure() {
        Person saved = people.save(sam());
        long consent = people.recordConsent(saved.id(), ConsentPurpose.EQUALITY_MONITORING, people.today(),
                ConsentMethod.IN_WRITING, "v1");
        long contact = people.recordConsent(saved.id(), ConsentPurpose.CONTACT_ABOUT_OPPORTUNITIES, people.today(),
                ConsentMethod.SPOKEN, "v1");
        equality.save(saved.id(), new EqualityAnswers(AgeBand.AGE_55_64, Ethnicity.BLACK_CARIBBEAN, Sex.FEMALE,
                Answer.YES, Answer.YES, null, Religion.CHRISTIAN, Answer.NO, null));
        assertThat(equality.answersForFigures()).hasSize(1);

        people.withdrawConsent(consent, equality);

        PersonDetails details = people.find(saved.id()).orElseThrow();
        assertThat(details.consents()).filteredOn(c -> c.id() == consent).singleElement()
                .satisfies(c -> assertThat(c.withdrawnOn()).isEqualTo(people.today()));
        assertThat(details.consents()).filteredOn(c -> c.id() == contact).singleElement()
                .satisfies(c -> assertThat(c.isActive()).isTrue());
        assertThat(equality.find(saved.id()).objected()).isTrue();
        assertThat(equality.find(saved.id()).ethnicity()).isNull();
        assertThat(equality.answersForFigures()).isEmpty();
        assertThat(details.person()).isEqualTo(saved);
    }

    @Test
    void keepsItsOwnCopyOfARoleDescription() throws Exception {
        Person saved = people.save(sam());
        Path file = Files.writeString(temp.resolve("Role description.pdf"), "%PDF-1.4 pretend role description");

        PersonDocument document = people.addDocument(saved.id(), file, "Role description");
        Files.delete(file);

        assertThat(people.find(saved.id()).orElseThrow().documents()).singleElement()
                .satisfies(d -> assertThat(d.fileName()).isEqualTo("Role description.pdf"));
        Path kept = people.documentFile(document.id()).orElseThrow();
        assertThat(kept).startsWith(temp.resolve("data").resolve("attachments").toAbsolutePath());
        assertThat(Files.readString(kept)).isEqualTo("%PDF-1.4 pretend role description");
    }

    @Test
    void refusesADocumentThatIsTooLarge() throws Exception {
        Person saved = people.save(sam());
        Path big = temp.resolve("big.pdf");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.position(PeopleService.MAX_DOCUMENT_BYTES);
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {1}));
        }
        assertThatThrownBy(() -> people.addDocument(saved.id(), big, "Big"))
                .isInstanceOfSatisfying(AttachmentStore.RefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AttachmentStore.RefusedException.Reason.TOO_LARGE));
        assertThat(people.find(saved.id()).orElseThrow().documents()).isEmpty();
    }
}
