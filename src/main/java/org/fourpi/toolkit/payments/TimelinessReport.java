package org.fourpi.toolkit.payments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How quickly claims were paid over a span, month by month, and how many claims are waiting today.
 *
 * @param months each month of the span in order, including those with no payments
 * @param all    the whole span taken together
 */
public record TimelinessReport(TimelinessSpan span, LocalDate from, LocalDate to, List<Month> months, Figures all,
                               Waiting waiting, LocalDate asOf) {

    public TimelinessReport {
        months = List.copyOf(months);
    }

    /**
     * The payments made in one month of the span.
     *
     * @param from the first day counted: the 1st, or a later day where the span starts mid-month
     * @param to   the last day counted
     * @param targetDays the target in force on the month's last day counted, for the chart; empty before
     *                   the first rate set
     */
    public record Month(YearMonth month, LocalDate from, LocalDate to, Figures figures, OptionalInt targetDays) {

        /** True when the month is counted from its first to its last day. */
        public boolean whole() {
            return from.getDayOfMonth() == 1 && to.equals(month.atEndOfMonth());
        }
    }

    /**
     * Figures about a group of paid claims.
     *
     * @param paid         how many claims were paid
     * @param medianDays   the middle number of days from the activity to the payment, to one decimal place;
     *                     empty when none were paid
     * @param judged       how many had a target (a rate set in force on, or after, their activity date)
     * @param withinTarget how many of those were paid within it
     * @param sameTarget   the target when every claim judged had the same one
     */
    public record Figures(int paid, Optional<BigDecimal> medianDays, int judged, int withinTarget,
                          OptionalInt sameTarget) {

        public static final Figures NONE = new Figures(0, Optional.empty(), 0, 0, OptionalInt.empty());

        /** The share paid within target as a whole percentage, rounded half up; empty when none was judged. */
        public OptionalInt percentWithinTarget() {
            if (judged == 0) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(BigDecimal.valueOf(withinTarget * 100L)
                    .divide(BigDecimal.valueOf(judged), 0, RoundingMode.HALF_UP).intValueExact());
        }
    }

    /**
     * Claims submitted or approved but not yet paid, today.
     *
     * @param pastTarget how many of them are older than the target in force on their activity date
     */
    public record Waiting(int count, int pastTarget) {
    }
}
