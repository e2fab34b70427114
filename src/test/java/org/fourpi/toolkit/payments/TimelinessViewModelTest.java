package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelinessViewModelTest {

    static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);

    @TempDir Path dataDir;
    private TestServices test;
    private PaymentsReportFixture claims;
    private TimelinessViewModel viewModel;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        claims = new PaymentsReportFixture(test);
        viewModel = new TimelinessViewModel(test.services().timeliness(), new SameThreadExecutor(),
                TestServices.MESSAGES, LocalDate.of(2026, 11, 26));
    }

    @AfterEach
    void close() {
        test.close();
    }

    private TimelinessViewModel.Row row(String month) {
        return viewModel.rows().stream().filter(r -> r.month().equals(month)).findFirst().orElseThrow();
    }

    @Test
    void saysEachMonthInASentenceAndInTheTable() {
        claims.paidAfter(OCT_1, 3);
        claims.paidAfter(OCT_1, 9);
        claims.paidAfter(LocalDate.of(2026, 9, 20), 20);

        viewModel.refresh();

        TimelinessViewModel.Row october = row("October 2026");
        assertThat(october.sentence()).isEqualTo(
                "In October 2026, 3 claims were paid; half within 9 days; 67% within the 14-day target.");
        assertThat(october.paid()).isEqualTo("3");
        assertThat(october.median()).isEqualTo("9 days");
        assertThat(october.withinTarget()).isEqualTo("67% (2 of 3)");
        assertThat(viewModel.rows()).hasSize(12).first().extracting(TimelinessViewModel.Row::month)
                .isEqualTo("November 2026 so far");
        assertThat(viewModel.latestMonthProperty().get()).isEqualTo("In November 2026 so far, no claims were paid.");
        assertThat(viewModel.summaryProperty().get()).isEqualTo("From 1 December 2025 to 26 November 2026, "
                + "3 claims were paid; half within 9 days; 67% within the 14-day target.");
    }

    @Test
    void showsAMonthWithNoPaymentsAsSuchAndDrawsNoBarForIt() {
        claims.paidAfter(OCT_1, 5);
        claims.paidAfter(OCT_1, 6);

        viewModel.refresh();

        TimelinessViewModel.Row august = row("August 2026");
        assertThat(august.paid()).isEqualTo("0");
        assertThat(august.median()).isEqualTo("No payments");
        assertThat(august.withinTarget()).isEqualTo("No payments");
        assertThat(viewModel.bars()).filteredOn(bar -> bar.month().equals("Aug 2026")).singleElement()
                .satisfies(bar -> assertThat(bar.median()).isEmpty());
        assertThat(viewModel.bars()).filteredOn(bar -> bar.month().equals("Oct 2026")).singleElement()
                .satisfies(bar -> assertThat(bar.median()).hasValueSatisfying(
                        median -> assertThat(median).isEqualByComparingTo("5.5")));
        assertThat(row("October 2026").median()).isEqualTo("5.5 days");
    }

    @Test
    void saysOneClaimAndAClaimLaterThanTarget() {
        claims.paidAfter(OCT_1, 1);
        claims.paidAfter(LocalDate.of(2026, 8, 1), 40);

        viewModel.refresh();

        assertThat(row("October 2026").sentence()).isEqualTo(
                "In October 2026, 1 claim was paid, 1 day after the activity; that is within the 14-day target.");
        assertThat(row("September 2026").sentence()).isEqualTo(
                "In September 2026, 1 claim was paid, 40 days after the activity; that is later than the 14-day target.");
    }

    @Test
    void saysHowManyAreWaitingAndHowManyArePastTheTarget() {
        viewModel.refresh();
        assertThat(viewModel.waitingProperty().get()).isEqualTo("Waiting now: no claims are waiting to be paid.");

        claims.submitted(LocalDate.of(2026, 11, 1));
        claims.approved(LocalDate.of(2026, 11, 2));
        claims.approved(LocalDate.of(2026, 11, 20));
        viewModel.refresh();

        assertThat(viewModel.waitingProperty().get()).isEqualTo(
                "Waiting now: 3 claims are submitted or approved but not yet paid; 2 are past the target.");
    }

    @Test
    void readsTheFiguresAgainWhenATaxYearIsChosen() {
        claims.paidOn(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3));
        viewModel.refresh();

        viewModel.spanProperty().set(TimelinessSpan.of(TaxYear.starting(2025)));

        assertThat(viewModel.spans()).first().isEqualTo(TimelinessSpan.LAST_12_MONTHS);
        assertThat(viewModel.spanText(viewModel.spanProperty().get())).isEqualTo("Tax year 2025-26");
        assertThat(viewModel.rows()).hasSize(13);
        assertThat(viewModel.rows().getFirst().month()).isEqualTo("1 to 5 April 2026");
        assertThat(viewModel.rows().getFirst().sentence()).startsWith("In 1 to 5 April 2026, 1 claim was paid, 2 days");
        assertThat(viewModel.rows().getLast().month()).isEqualTo("6 to 30 April 2025");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Figures as at 26 November 2026.");
    }
}
