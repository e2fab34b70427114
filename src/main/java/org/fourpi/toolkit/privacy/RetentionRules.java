package org.fourpi.toolkit.privacy;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * How long records are kept. Charities keep accounting records for at least 6 years after the end of
 * the financial year they belong to; the organisation profile does not hold a year end, so the usual
 * one, 31 March, is used. People who left are kept for as long again, so that a question about their
 * payments or their involvement can still be answered.
 */
public final class RetentionRules {

    /** Years the accounts need payment records for, after the end of the financial year. */
    public static final int ACCOUNTS_YEARS = 6;
    /** Years after leaving that a person's record is kept before the review offers to erase it. */
    public static final int LEFT_YEARS = 6;
    /** The last day of the financial year. */
    public static final MonthDay YEAR_END = MonthDay.of(3, 31);

    private RetentionRules() {
    }

    /** The last day of the financial year that a day falls in. */
    public static LocalDate financialYearEnd(LocalDate day) {
        LocalDate endThisYear = YEAR_END.atYear(day.getYear());
        return day.isAfter(endThisYear) ? YEAR_END.atYear(day.getYear() + 1) : endThisYear;
    }

    /** The last day a payment made on {@code paidOn} must be kept for the accounts. */
    public static LocalDate keepPaymentUntil(LocalDate paidOn) {
        return financialYearEnd(paidOn).plusYears(ACCOUNTS_YEARS);
    }

    /** Whether a payment made on {@code paidOn} is no longer needed on {@code today}. */
    public static boolean paymentPassed(LocalDate paidOn, LocalDate today) {
        return today.isAfter(keepPaymentUntil(paidOn));
    }

    /** The last day the record of someone who left on {@code leftOn} is kept. */
    public static LocalDate keepLeaverUntil(LocalDate leftOn) {
        return leftOn.plusYears(LEFT_YEARS);
    }
}
