package org.fourpi.toolkit.payments;

import java.time.LocalDate;

/**
 * Which claims to list; a null field does not filter.
 *
 * @param activityText part of the activity's description, in any case
 * @param from         activity on or after this date
 * @param to           activity on or before this date
 */
public record ClaimFilter(ClaimStatus status, Long personId, String activityText, ClaimCategory category,
                          LocalDate from, LocalDate to) {

    public static final ClaimFilter ALL = new ClaimFilter(null, null, null, null, null, null);

    public ClaimFilter {
        activityText = activityText == null || activityText.isBlank() ? null : activityText.strip();
    }
}
