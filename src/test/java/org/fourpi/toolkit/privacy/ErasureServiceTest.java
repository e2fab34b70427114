package org.fourpi.toolkit.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.PersonDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErasureServiceTest {

    private static final List<String> TRACES = List.of(PrivacyFixture.FIRST, PrivacyFixture.LAST,
            PrivacyFixture.EMAIL, PrivacyFixture.PHONE, PrivacyFixture.POSTCODE, PrivacyFixture.CANARY);

    @TempDir
    Path temp;

    private PrivacyFixture fixture;

    @BeforeEach
    void open() throws Exception {
        fixture = new PrivacyFixture(temp);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void dealsWithEveryTableThatRefersToAPerson() throws Exception {
        assertThat(ErasureService.HANDLED_TABLES).containsAll(fixture.tablesReferringToPeople());
    }

    @Test
    void leavesNoTraceOfTheirNameContactDetailsOrTheirWordsAnywhereInTheDatabase() throws Exception {
        long zeb = fixture.everything();
        assertThat(fixture.textContaining(TRACES)).as("the fixture puts them everywhere").hasSizeGreaterThan(15);

        ErasureResult result = fixture.services.erasure().erase(zeb, "  zeb   QUARTERMAINE ");

        assertThat(fixture.textContaining(TRACES)).isEmpty();
        assertThat(result.pseudonym()).matches("Erased person [0-9A-F]{4}");
        assertThat(result.filesDeleted()).isEqualTo(1);
        assertThat(result.filesLeft()).isEmpty();
        assertThat(result.claimsKept()).isEqualTo(2);
        try (Stream<Path> kept = Files.list(fixture.services.folder().attachmentFolder())) {
            assertThat(kept).as("the document's file is gone; the receipt stays for the accounts")
                    .singleElement().satisfies(file -> assertThat(file).hasContent(PrivacyFixture.RECEIPT_CONTENT));
        }
        PersonDetails after = fixture.services.people().find(zeb).orElseThrow();
        assertThat(after.person().displayName()).isEqualTo(result.pseudonym());
        assertThat(after.person().status()).isEqualTo(InvolvementStatus.LEFT);
        assertThat(after.consents()).isEmpty();
        assertThat(after.documents()).isEmpty();
        assertThat(fixture.services.equality().find(zeb).equals(org.fourpi.toolkit.people.EqualityAnswers.NONE)).isTrue();
        assertThat(fixture.count("SELECT COUNT(*) FROM meeting_invitation WHERE person_id = " + zeb))
                .as("the meeting still counts them").isEqualTo(1);
        assertThat(fixture.count("SELECT COUNT(*) FROM assessment_own_rating")).as("their ratings still count")
                .isEqualTo(1);
        assertThat(fixture.count("SELECT COUNT(*) FROM meeting WHERE notes LIKE '%" + result.pseudonym()
                + " to bring the leaflets%'")).as("someone else's note keeps its sense").isEqualTo(1);
        assertThat(fixture.services.erasure().plan(zeb).alreadyErased()).isTrue();
    }

    @Test
    void keepsEveryPaymentTotalAsItWas() throws Exception {
        long zeb = fixture.everything();
        TaxYear year = TaxYear.of(LocalDate.of(2026, 11, 1));
        var ledgerBefore = fixture.services.paymentStatements().ledger(Optional.empty());
        var statementBefore = fixture.services.paymentStatements().statement(zeb, year);

        fixture.services.erasure().erase(zeb, "Zeb Quartermaine");

        var ledgerAfter = fixture.services.paymentStatements().ledger(Optional.empty());
        var statementAfter = fixture.services.paymentStatements().statement(zeb, year);
        assertThat(ledgerAfter.total()).isEqualTo(ledgerBefore.total());
        assertThat(ledgerAfter.owed()).isEqualTo(ledgerBefore.owed());
        assertThat(ledgerAfter.lines()).hasSameSizeAs(ledgerBefore.lines());
        assertThat(statementAfter.paid()).isEqualTo(statementBefore.paid())
                .isEqualTo(org.fourpi.toolkit.common.money.Money.of("16.50"));
    }

    @Test
    void refusesAndChangesNothingWhenTheNameTypedIsNotTheirs() throws Exception {
        long zeb = fixture.everything();
        List<String> before = fixture.textContaining(TRACES);

        assertThatThrownBy(() -> fixture.services.erasure().erase(zeb, "Zeb Quartermain"))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(fixture.textContaining(TRACES)).containsExactlyInAnyOrderElementsOf(before);
        assertThat(fixture.services.people().find(zeb).orElseThrow().documents()).hasSize(1);
    }

    @Test
    void leavesOtherPeopleAsTheyAre() throws Exception {
        long zeb = fixture.everything();
        long olive = fixture.plainPerson("Olive", "Zebedee");

        fixture.services.erasure().erase(zeb, "Zeb Quartermaine");

        assertThat(fixture.services.people().find(olive).orElseThrow().person().displayName())
                .isEqualTo("Olive Zebedee");
    }

    @Test
    void refusesToEraseTwice() throws Exception {
        long id = fixture.plainPerson("Ann", "Lee");
        String pseudonym = fixture.services.erasure().erase(id, "Ann Lee").pseudonym();

        assertThatThrownBy(() -> fixture.services.erasure().erase(id, pseudonym))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void saysWhatErasureWillDoBeforeItIsDone() throws Exception {
        long zeb = fixture.everything();

        ErasurePlan plan = fixture.services.erasure().plan(zeb);

        assertThat(plan).isEqualTo(new ErasurePlan("Zeb Quartermaine", null, 1, 1, 2, LocalDate.of(2033, 3, 31), 1, 1));
    }
}
