package org.fourpi.toolkit.payments;

import org.fourpi.toolkit.common.text.Labelled;

/**
 * Where a claim stands. A draft is being written; a submitted claim waits for approval; an approved
 * claim waits for payment; a paid claim is closed for good (corrections are adjusting lines); a
 * rejected claim carries its reason and can be reopened as a draft.
 */
public enum ClaimStatus implements Labelled {
    DRAFT,
    SUBMITTED,
    APPROVED,
    PAID,
    REJECTED;

    /** Its lines and details may still be changed. */
    public boolean isEditable() {
        return this == DRAFT || this == SUBMITTED;
    }

    /** The person is waiting for money: the claim is in but not yet paid. */
    public boolean isWaiting() {
        return this == SUBMITTED || this == APPROVED;
    }

    /** The money counts: promised or paid. */
    public boolean counts() {
        return this == SUBMITTED || this == APPROVED || this == PAID;
    }

    @Override
    public String labelKey() {
        return "payments.status." + name();
    }
}
