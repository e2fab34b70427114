package org.fourpi.toolkit.payments;

import java.time.LocalDate;

/**
 * What to put on a claim form: the person, the activity and its date when it is printed for a known
 * claim or meeting (empty or null leaves a space to write them in), and whether to print it large.
 *
 * @param fee          the fee already known for the activity, such as a meeting's length, written on the fee
 *                     row with its amount at the rates of the activity date; null leaves the row to fill in
 * @param activityType the kind of activity whose own fees apply (as the payment rates spell it), or empty for
 *                     the general fees
 */
public record ClaimFormDetails(String personName, String activity, LocalDate activityDate, boolean largePrint,
                               LineInput fee, String activityType) {

    public ClaimFormDetails {
        activityType = activityType == null ? "" : activityType.strip();
        personName = personName == null ? "" : personName.strip();
        activity = activity == null ? "" : activity.strip();
        if (fee != null && (fee.category() != ClaimCategory.FEE || fee.feeUnit() == null || fee.quantity() == null)) {
            throw new IllegalArgumentException("Only a fee in hours, half days or days goes on the fee row");
        }
    }

    /** A form with the person and the activity written in and the fee row left to fill in. */
    public ClaimFormDetails(String personName, String activity, LocalDate activityDate, boolean largePrint) {
        this(personName, activity, activityDate, largePrint, null, "");
    }

    /** A form with the fee row filled in at the general fees. */
    public ClaimFormDetails(String personName, String activity, LocalDate activityDate, boolean largePrint,
                            LineInput fee) {
        this(personName, activity, activityDate, largePrint, fee, "");
    }

    /** A form with spaces to write in the person, the activity and the date. */
    public static ClaimFormDetails blank(boolean largePrint) {
        return new ClaimFormDetails("", "", null, largePrint);
    }
}
