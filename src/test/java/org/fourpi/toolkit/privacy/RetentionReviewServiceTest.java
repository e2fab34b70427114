package org.fourpi.toolkit.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.payments.ClaimCategory;
import org.fourpi.toolkit.payments.LineInput;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review on the test clock, 26 November 2026: payments made before 1 April 2020 have passed their time. */
class RetentionReviewServiceTest {

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

    private long claim(long person, LocalDate paidOn, boolean withReceipt) throws Exception {
        LineInput line = LineInput.cost(ClaimCategory.PARKING, "Parking", Money.of("5.00"));
        if (withReceipt) {
            Path receipt = Files.writeString(fixture.files.resolve("receipt-" + paidOn + ".pdf"), "%PDF-1.4 receipt");
            line = line.withReceipt(new LineInput.Receipt.NewFile(receipt));
        }
        long id = fixture.paidClaim(person, LocalDate.of(2026, 10, 1), line).id();
        fixture.paidLongAgo(id, paidOn);
        return id;
    }

    @Test
    void listsPaymentRecordsOfErasedPeopleOnlyOnceTheAccountsNoLongerNeedThem() throws Exception {
        long ann = fixture.plainPerson("Ann", "Lee");
        claim(ann, LocalDate.of(2020, 3, 15), true);
        long kept = claim(ann, LocalDate.of(2020, 4, 10), false);
        long bob = fixture.plainPerson("Bob", "Stone");
        claim(bob, LocalDate.of(2019, 6, 1), false);
        String pseudonym = fixture.services.erasure().erase(ann, "Ann Lee").pseudonym();

        List<RetentionItem> review = fixture.services.retention().review();

        assertThat(review).as("Bob is not erased and has not left: his old claim stays")
                .containsExactly(new RetentionItem(RetentionItem.Kind.PAYMENTS_OF_ERASED, ann, pseudonym, 1,
                        LocalDate.of(2026, 3, 31)));

        PurgeResult result = fixture.services.retention().purge(review);

        assertThat(result.claimsRemoved()).isEqualTo(1);
        assertThat(result.peopleErased()).isZero();
        assertThat(result.filesLeft()).isEmpty();
        assertThat(fixture.count("SELECT COUNT(*) FROM claim WHERE person_id = " + ann)).isEqualTo(1);
        assertThat(fixture.count("SELECT COUNT(*) FROM claim WHERE id = " + kept)).isEqualTo(1);
        assertThat(fixture.count("SELECT COUNT(*) FROM claim_audit WHERE claim_id NOT IN (SELECT id FROM claim)"))
                .as("the removed claim's history goes with it").isZero();
        try (Stream<Path> files = Files.list(fixture.services.folder().attachmentFolder())) {
            assertThat(files).as("its receipt is deleted").isEmpty();
        }
        assertThat(fixture.services.retention().review()).isEmpty();
    }

    @Test
    void offersToEraseSomeoneWhoLeftMoreThanSixYearsAgoOnlyWhenNoPaymentIsStillNeeded() throws Exception {
        long long_ago = fixture.plainPerson("Cara", "Wexcombe");
        fixture.services.people().changeStatus(long_ago, InvolvementStatus.LEFT, LocalDate.of(2019, 5, 1), "");
        claim(long_ago, LocalDate.of(2019, 4, 20), false);
        long recent = fixture.plainPerson("Dan", "Recent");
        fixture.services.people().changeStatus(recent, InvolvementStatus.LEFT, LocalDate.of(2021, 5, 1), "");
        long paidLater = fixture.plainPerson("Eve", "Paidlater");
        fixture.services.people().changeStatus(paidLater, InvolvementStatus.LEFT, LocalDate.of(2019, 5, 1), "");
        claim(paidLater, LocalDate.of(2024, 5, 1), false);
        long cameBack = fixture.plainPerson("Fay", "Back");
        fixture.services.people().changeStatus(cameBack, InvolvementStatus.LEFT, LocalDate.of(2018, 5, 1), "");
        fixture.services.people().changeStatus(cameBack, InvolvementStatus.ACTIVE, LocalDate.of(2025, 5, 1), "");

        List<RetentionItem> review = fixture.services.retention().review();

        assertThat(review).containsExactly(new RetentionItem(RetentionItem.Kind.LEFT_LONG_AGO, long_ago, "Cara Wexcombe",
                1, LocalDate.of(2025, 5, 1)));

        PurgeResult result = fixture.services.retention().purge(review);

        assertThat(result.peopleErased()).isEqualTo(1);
        assertThat(result.claimsRemoved()).isEqualTo(1);
        assertThat(fixture.textContaining(List.of("Cara", "Wexcombe"))).isEmpty();
        assertThat(fixture.count("SELECT COUNT(*) FROM claim WHERE person_id = " + long_ago)).isZero();
        assertThat(fixture.services.people().find(recent).orElseThrow().person().displayName()).isEqualTo("Dan Recent");
        assertThat(fixture.services.retention().review()).isEmpty();
    }

    @Test
    void removesOnlyWhatWasTicked() throws Exception {
        long ann = fixture.plainPerson("Ann", "Lee");
        claim(ann, LocalDate.of(2019, 3, 15), false);
        long bob = fixture.plainPerson("Bob", "Stone");
        claim(bob, LocalDate.of(2019, 3, 15), false);
        fixture.services.erasure().erase(ann, "Ann Lee");
        fixture.services.erasure().erase(bob, "Bob Stone");
        List<RetentionItem> review = fixture.services.retention().review();
        assertThat(review).hasSize(2);

        PurgeResult result = fixture.services.retention().purge(review.stream()
                .filter(i -> i.personId() == bob).toList());

        assertThat(result.claimsRemoved()).isEqualTo(1);
        assertThat(fixture.count("SELECT COUNT(*) FROM claim WHERE person_id = " + ann)).isEqualTo(1);
        assertThat(fixture.count("SELECT COUNT(*) FROM claim WHERE person_id = " + bob)).isZero();
    }
}
