package org.fourpi.toolkit.assessment;

/**
 * What the group settled for one indicator. Any part may be missing while the group works.
 *
 * @param rating   the agreed rating, or null
 * @param evidence the evidence noted, or empty
 * @param priority whether the group made it a priority for action
 */
public record AgreedAnswer(String indicatorCode, Rating rating, String evidence, boolean priority) {

    public AgreedAnswer {
        evidence = evidence == null ? "" : evidence;
    }
}
