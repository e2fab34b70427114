package org.fourpi.toolkit.payments;

import java.time.LocalDateTime;

/**
 * One change to a claim in its audit trail: what changed, the value before and after, when, and by
 * which user of the computer. Values are kept as plain text so the trail reads the same in years.
 */
public record AuditEntry(long claimId, LocalDateTime at, String by, Change what, String before, String after) {

    /** What was done to the claim. */
    public enum Change {
        CREATED,
        CHANGED,
        SUBMITTED,
        APPROVED,
        PAID,
        REJECTED,
        REOPENED,
        ADJUSTED,
        DELETED;

        public String labelKey() {
            return "payments.audit." + name();
        }
    }
}
