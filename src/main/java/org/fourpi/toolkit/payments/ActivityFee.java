package org.fourpi.toolkit.payments;

/**
 * The fees for one kind of activity (an interview panel, a training session) within a rate set; an
 * activity with none of its own is paid the set's general fees.
 */
public record ActivityFee(String activityType, FeeRates fees) {

    public static final int MAX_TYPE_LENGTH = 80;

    public ActivityFee {
        activityType = activityType == null ? "" : activityType.strip();
    }
}
