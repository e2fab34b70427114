package org.fourpi.toolkit.payments;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.fourpi.toolkit.common.money.TaxYear;

/**
 * The stretch of time the time-to-pay figures cover: the last 12 months (this month and the 11 before
 * it) or one tax year. Either way it never runs past today.
 *
 * @param taxYear the tax year, or null for the last 12 months
 */
public record TimelinessSpan(TaxYear taxYear) {

    public static final TimelinessSpan LAST_12_MONTHS = new TimelinessSpan(null);

    public static TimelinessSpan of(TaxYear year) {
        return new TimelinessSpan(year);
    }

    public Optional<TaxYear> year() {
        return Optional.ofNullable(taxYear);
    }

    /** The first day counted. */
    public LocalDate from(LocalDate today) {
        return taxYear == null ? YearMonth.from(today).minusMonths(11).atDay(1) : taxYear.start();
    }

    /** The last day counted: today, or the end of a tax year that is over. */
    public LocalDate to(LocalDate today) {
        if (taxYear == null || !taxYear.end().isBefore(today)) {
            return today;
        }
        return taxYear.end();
    }
}
