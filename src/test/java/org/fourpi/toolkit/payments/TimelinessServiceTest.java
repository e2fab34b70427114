package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelinessServiceTest {

    static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);

    @TempDir Path dataDir;
    private TestServices test;
    private PaymentsReportFixture claims;
    private TimelinessService timeliness;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        claims = new PaymentsReportFixture(test);
        timeliness = test.services().timeliness();
    }

    @AfterEach
    void close() {
        test.close();
    }

    private TimelinessReport.Figures month(TimelinessReport report, int year, int month) {
        return report.months().stream().filter(m -> m.month().equals(YearMonth.of(year, month))).findFirst()
                .orElseThrow().figures();
    }

    private TimelinessReport.Figures october() {
        return month(timeliness.report(TimelinessSpan.LAST_12_MONTHS), 2026, 10);
    }

    @Test
    void takesTheMiddleValueWhenAnOddNumberWerePaid() {
        claims.paidAfter(LocalDate.of(2026, 9, 25), 20);
        claims.paidAfter(OCT_1, 3);
        claims.paidAfter(OCT_1, 9);

        TimelinessReport.Figures october = october();
        assertThat(october.paid()).isEqualTo(3);
        assertThat(october.medianDays()).contains(new BigDecimal("9.0"));
        assertThat(october.percentWithinTarget()).hasValue(67);
        assertThat(october.sameTarget()).hasValue(14);
    }

    @Test
    void takesTheMeanOfTheTwoMiddleValuesWhenAnEvenNumberWerePaid() {
        claims.paidAfter(OCT_1, 4);
        claims.paidAfter(OCT_1, 7);
        claims.paidAfter(OCT_1, 10);
        claims.paidAfter(LocalDate.of(2026, 9, 30), 30);

        TimelinessReport.Figures october = october();
        assertThat(october.paid()).isEqualTo(4);
        assertThat(october.medianDays()).contains(new BigDecimal("8.5"));
        assertThat(october.withinTarget()).isEqualTo(3);
        assertThat(october.percentWithinTarget()).hasValue(75);
    }

    @Test
    void judgesEachClaimByTheTargetInForceOnItsActivityDate() {
        claims.targetFrom(LocalDate.of(2026, 10, 5), 7);
        // The day before the new target: 14 days, exactly on the old target, counts as within it.
        claims.paidOn(LocalDate.of(2026, 10, 4), LocalDate.of(2026, 10, 18));
        // From the day it takes effect: 10 days is later than the new target of 7.
        claims.paidOn(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 15));
        claims.paidOn(LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 13));

        TimelinessReport.Figures october = october();
        assertThat(october.judged()).isEqualTo(3);
        assertThat(october.withinTarget()).isEqualTo(2);
        assertThat(october.sameTarget()).isEmpty();
        assertThat(timeliness.report(TimelinessSpan.LAST_12_MONTHS).months().getLast().targetDays()).hasValue(7);
    }

    @Test
    void countsEachClaimInTheMonthItWasPaid() {
        claims.paidOn(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 30));
        claims.paidOn(LocalDate.of(2026, 9, 20), OCT_1);
        claims.paidOn(LocalDate.of(2025, 11, 20), LocalDate.of(2025, 11, 30));
        claims.paidOn(LocalDate.of(2025, 11, 20), LocalDate.of(2025, 12, 1));

        TimelinessReport report = timeliness.report(TimelinessSpan.LAST_12_MONTHS);

        assertThat(report.months()).extracting(TimelinessReport.Month::month)
                .first().isEqualTo(YearMonth.of(2025, 12));
        assertThat(report.months()).hasSize(12).last().extracting(TimelinessReport.Month::to)
                .isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(month(report, 2026, 9).paid()).isEqualTo(1);
        assertThat(month(report, 2026, 9).medianDays()).contains(new BigDecimal("10.0"));
        assertThat(month(report, 2026, 10).medianDays()).contains(new BigDecimal("11.0"));
        assertThat(month(report, 2025, 12).paid()).isEqualTo(1);
        assertThat(report.all().paid()).isEqualTo(3);
    }

    @Test
    void countsMoneyPaidAheadOfTheActivityAsPaidOnTime() {
        Claim booked = claims.draft(LocalDate.of(2026, 10, 20));
        claims.claims().submit(booked.id(), LocalDate.of(2026, 10, 5));
        claims.claims().approve(booked.id(), LocalDate.of(2026, 10, 5));
        claims.claims().markPaid(booked.id(), LocalDate.of(2026, 10, 6), PaymentMethod.CASH, "");

        TimelinessReport.Figures october = october();
        assertThat(october.medianDays()).contains(new BigDecimal("0.0"));
        assertThat(october.percentWithinTarget()).hasValue(100);
    }

    @Test
    void showsAMonthWithNoPaymentsAsHavingNoFiguresRatherThanZeroDays() {
        claims.paidAfter(OCT_1, 5);

        TimelinessReport.Figures august = month(timeliness.report(TimelinessSpan.LAST_12_MONTHS), 2026, 8);
        assertThat(august.paid()).isZero();
        assertThat(august.medianDays()).isEmpty();
        assertThat(august.percentWithinTarget()).isEmpty();
    }

    @Test
    void leavesUnpaidClaimsOutOfTheFiguresButCountsThoseWaiting() {
        claims.paidAfter(OCT_1, 5);
        claims.draft(LocalDate.of(2026, 10, 2));
        claims.submitted(LocalDate.of(2026, 11, 1));
        claims.approved(LocalDate.of(2026, 11, 20));
        claims.rejected(LocalDate.of(2026, 10, 3));

        TimelinessReport report = timeliness.report(TimelinessSpan.LAST_12_MONTHS);

        assertThat(report.all().paid()).isEqualTo(1);
        assertThat(report.all().medianDays()).contains(new BigDecimal("5.0"));
        // 25 days since 1 November is past the 14-day target; 6 days since 20 November is not.
        assertThat(report.waiting()).isEqualTo(new TimelinessReport.Waiting(2, 1));
    }

    @Test
    void countsAWaitingClaimPastTargetOnlyOnceMoreDaysThanTheTargetHavePassed() {
        claims.submitted(LocalDate.of(2026, 11, 12));
        claims.submitted(LocalDate.of(2026, 11, 11));

        assertThat(timeliness.report(TimelinessSpan.LAST_12_MONTHS).waiting())
                .isEqualTo(new TimelinessReport.Waiting(2, 1));
    }

    @Test
    void coversATaxYearFromSixthAprilToFifthApril() {
        claims.paidOn(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 5));
        claims.paidOn(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 6));
        claims.paidOn(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 5));
        claims.paidOn(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 6));

        TimelinessReport report = timeliness.report(TimelinessSpan.of(TaxYear.starting(2025)));

        List<TimelinessReport.Month> months = report.months();
        assertThat(months).hasSize(13);
        assertThat(months.getFirst().from()).isEqualTo(LocalDate.of(2025, 4, 6));
        assertThat(months.getFirst().whole()).isFalse();
        assertThat(months.getLast().to()).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(months.getFirst().figures().paid()).isEqualTo(1);
        assertThat(months.getLast().figures().paid()).isEqualTo(1);
        // Before the first rate set an activity is judged by that set's target.
        assertThat(report.all().judged()).isEqualTo(2);
    }

    @Test
    void worksOutTheMedianExactly() {
        assertThat(TimelinessService.medianDays(List.of())).isEmpty();
        assertThat(TimelinessService.medianDays(List.of(5L))).contains(new BigDecimal("5.0"));
        assertThat(TimelinessService.medianDays(List.of(9L, 1L, 4L, 2L))).contains(new BigDecimal("3.0"));
        assertThat(TimelinessService.medianDays(List.of(0L, 1L))).isEqualTo(Optional.of(new BigDecimal("0.5")));
        assertThat(new TimelinessReport.Figures(3, Optional.empty(), 3, 2, OptionalInt.empty()).percentWithinTarget())
                .hasValue(67);
    }
}
