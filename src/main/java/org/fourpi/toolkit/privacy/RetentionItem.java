package org.fourpi.toolkit.privacy;

import java.time.LocalDate;

/**
 * Something the retention review found past its time.
 *
 * @param kind     what it is
 * @param personId whose records they are
 * @param name     the person's name, or the made-up name of someone erased
 * @param claims   the payment records (claims) that would be removed
 * @param keptUntil the last day they had to be kept
 */
public record RetentionItem(Kind kind, long personId, String name, int claims, LocalDate keptUntil) {

    /** What passed its time. */
    public enum Kind {
        /** Payment records of someone erased, kept for the accounts until 6 years after their financial year. */
        PAYMENTS_OF_ERASED,
        /** Someone who left long ago, with no payment records still needed: their whole record. */
        LEFT_LONG_AGO
    }
}
