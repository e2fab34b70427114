package org.fourpi.toolkit.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.payments.ClaimCategory;
import org.fourpi.toolkit.payments.LineInput;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionReviewViewModelTest {

    @TempDir
    Path temp;

    private PrivacyFixture fixture;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private RetentionReviewViewModel viewModel;
    private String pseudonym;

    @BeforeEach
    void open() throws Exception {
        fixture = new PrivacyFixture(temp);
        viewModel = new RetentionReviewViewModel(fixture.services.retention(), executor, dialogs, TestServices.MESSAGES);
        long ann = fixture.plainPerson("Ann", "Lee");
        long claim = fixture.paidClaim(ann, LocalDate.of(2026, 10, 1),
                LineInput.cost(ClaimCategory.PARKING, "Parking", Money.of("5.00"))).id();
        fixture.paidLongAgo(claim, LocalDate.of(2019, 8, 1));
        pseudonym = fixture.services.erasure().erase(ann, "Ann Lee").pseudonym();
        long cara = fixture.plainPerson("Cara", "Wexcombe");
        fixture.services.people().changeStatus(cara, InvolvementStatus.LEFT, LocalDate.of(2019, 5, 1), "");
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
        assertThat(executor.unexpected()).isEmpty();
    }

    @Test
    void saysWhatPassedItsTimeAndWhy() {
        viewModel.refresh();

        assertThat(viewModel.summaryProperty().get()).isEqualTo("2 things have passed their time. Tick what to remove.");
        assertThat(viewModel.lines()).extracting(RetentionReviewViewModel.Line::text).containsExactly(
                "Cara Wexcombe: left on 1 May 2019. Their record will be erased and no payment records removed."
                        + " Why: left more than 6 years ago, and no payment record is still needed.",
                pseudonym + ": one payment record. Why: erased, and kept for the accounts only until 31 March 2026,"
                        + " 6 years after the end of the financial year.");
    }

    @Test
    void removesOnlyTheTickedLinesAfterAPlainQuestion() throws Exception {
        viewModel.refresh();
        viewModel.purge();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Tick what to remove first.");

        viewModel.lines().get(1).tickedProperty().set(true);
        dialogs.answerConfirm(false);
        viewModel.purge();
        assertThat(dialogs.shown()).singleElement().satisfies(d -> assertThat(d.message())
                .isEqualTo("This removes one payment record and erases nobody. It cannot be undone."));
        assertThat(fixture.count("SELECT COUNT(*) FROM claim")).isEqualTo(1);

        dialogs.answerConfirm(true);
        viewModel.purge();

        assertThat(fixture.count("SELECT COUNT(*) FROM claim")).isZero();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Done: removed one payment record and erased nobody.");
        assertThat(viewModel.lines()).singleElement().satisfies(line -> assertThat(line.text()).startsWith("Cara"));
    }

    @Test
    void saysSoWhenNothingHasPassedItsTime() throws Exception {
        viewModel.refresh();
        viewModel.lines().forEach(l -> l.tickedProperty().set(true));
        dialogs.answerConfirm(true);
        viewModel.purge();

        assertThat(viewModel.summaryProperty().get()).isEqualTo("Nothing has passed its time.");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Done: removed one payment record and erased one person.");
    }
}
