package org.fourpi.toolkit.common.money;

import java.time.LocalDate;
import java.time.Month;

/** A UK tax year: 6 April to the following 5 April, named like "2026-27". */
public record TaxYear(int startYear) implements Comparable<TaxYear> {

    private static final int FIRST_DAY = 6;

    /** The tax year that a date falls in. */
    public static TaxYear of(LocalDate date) {
        LocalDate startThatYear = LocalDate.of(date.getYear(), Month.APRIL, FIRST_DAY);
        return new TaxYear(date.isBefore(startThatYear) ? date.getYear() - 1 : date.getYear());
    }

    /** The tax year that starts on 6 April of {@code year}. */
    public static TaxYear starting(int year) {
        return new TaxYear(year);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, FIRST_DAY);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.APRIL, FIRST_DAY - 1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public TaxYear next() {
        return new TaxYear(startYear + 1);
    }

    /** "2026-27". */
    public String label() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }

    @Override
    public int compareTo(TaxYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
