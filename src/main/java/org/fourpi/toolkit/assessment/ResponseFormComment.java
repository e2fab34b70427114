package org.fourpi.toolkit.assessment;

/**
 * A comment someone wrote beside a statement on their form. Comments are not kept: they are shown
 * before the answers are saved, for the facilitator to read out to the group.
 *
 * @param row the row of the sheet it was written on
 */
public record ResponseFormComment(int row, String indicatorCode, String statement, String text) {
}
