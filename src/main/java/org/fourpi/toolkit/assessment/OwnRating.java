package org.fourpi.toolkit.assessment;

/**
 * One participant's own rating of an indicator.
 *
 * @param givenBy how it reached the program
 */
public record OwnRating(long participantId, String indicatorCode, Rating rating, GivenBy givenBy) {

    /** Whether a rating was given in the window or read from a filled-in response form. */
    public enum GivenBy {
        WINDOW,
        FORM
    }
}
