package org.fourpi.toolkit.payments;

import java.time.LocalDate;
import java.util.List;

/**
 * A claim as entered on the form, before the program works out its amounts.
 *
 * @param activityType the kind of activity whose fee rates apply, or empty for the general fees
 */
public record ClaimDraft(
        long personId,
        String activity,
        String activityType,
        LocalDate activityDate,
        String notes,
        List<LineInput> lines) {

    public ClaimDraft {
        activity = activity == null ? "" : activity.strip();
        activityType = activityType == null ? "" : activityType.strip();
        notes = notes == null ? "" : notes.strip();
        lines = List.copyOf(lines);
    }
}
