package org.fourpi.toolkit.payments;

import java.time.LocalDate;

/**
 * What to put on a claim form: the person, the activity and its date when it is printed for a known
 * claim or meeting (empty or null leaves a space to write them in), and whether to print it large.
 */
public record ClaimFormDetails(String personName, String activity, LocalDate activityDate, boolean largePrint) {

    public ClaimFormDetails {
        personName = personName == null ? "" : personName.strip();
        activity = activity == null ? "" : activity.strip();
    }

    /** A form with spaces to write in the person, the activity and the date. */
    public static ClaimFormDetails blank(boolean largePrint) {
        return new ClaimFormDetails("", "", null, largePrint);
    }
}
