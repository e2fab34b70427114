package org.fourpi.toolkit.people;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One figure as it may be shown: a label and either the exact number of people or a band of five
 * ("fewer than 5", "5 to 9", "10 to 14" ...). A figure in a band never carries the exact number, and
 * a group of 1 to 4 people can never be made into an exact figure, so no screen can show one.
 *
 * @param atLeast the smallest number the figure allows; the number itself when it is exact
 * @param atMost  the largest number the figure allows; the number itself when it is exact
 */
public record PresenceFigure(String labelKey, int atLeast, int atMost) {

    /** The width of a band, and the smallest group that can be shown exactly. */
    public static final int BAND = 5;

    public PresenceFigure {
        Objects.requireNonNull(labelKey);
        if (atLeast == atMost) {
            if (atLeast < 0 || isSmall(atLeast)) {
                throw new IllegalArgumentException("A group of 1 to 4 people is never shown exactly: " + labelKey);
            }
        } else if (atLeast < 0 || atLeast % BAND != 0 || atMost != atLeast + BAND - 1) {
            throw new IllegalArgumentException("A figure is either exact or one band of five: " + labelKey);
        }
    }

    /** True for a group of 1 to 4 people: the groups that must never be pointed at. */
    public static boolean isSmall(int count) {
        return count >= 1 && count < BAND;
    }

    static PresenceFigure exactly(String labelKey, int count) {
        return new PresenceFigure(labelKey, count, count);
    }

    /** The band of five that the count falls in; 0 to 4 all become "fewer than 5". */
    static PresenceFigure inBand(String labelKey, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + labelKey);
        }
        int from = count / BAND * BAND;
        return new PresenceFigure(labelKey, from, from + BAND - 1);
    }

    public boolean exact() {
        return atLeast == atMost;
    }

    /** The number of people, only when the figure is exact. */
    public OptionalInt exactCount() {
        return exact() ? OptionalInt.of(atLeast) : OptionalInt.empty();
    }

    /** True for the band "fewer than 5", which can also mean nobody. */
    public boolean fewerThanFive() {
        return !exact() && atLeast == 0;
    }

    /** True only when the figure is exact and zero: nobody is in this group. */
    public boolean isZero() {
        return exact() && atLeast == 0;
    }
}
