package org.fourpi.toolkit.payments;

import java.time.LocalDate;
import java.util.List;

/**
 * A claim as entered on the form, before the program works out its amounts.
 *
 * @param activityType the kind of activity whose fee rates apply, or empty for the general fees
 * @param meetingId    the meeting the claim is for, or null for an activity described in words
 */
public record ClaimDraft(
        long personId,
        String activity,
        String activityType,
        LocalDate activityDate,
        String notes,
        List<LineInput> lines,
        Long meetingId) {

    /** A claim for an activity described in words, not a meeting in the program. */
    public ClaimDraft(long personId, String activity, String activityType, LocalDate activityDate, String notes,
                      List<LineInput> lines) {
        this(personId, activity, activityType, activityDate, notes, lines, null);
    }

    public ClaimDraft {
        activity = activity == null ? "" : activity.strip();
        activityType = activityType == null ? "" : activityType.strip();
        notes = notes == null ? "" : notes.strip();
        lines = List.copyOf(lines);
    }
}
