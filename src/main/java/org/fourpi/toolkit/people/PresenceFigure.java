package org.fourpi.toolkit.people;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One figure as it may be shown: a label and either the number of people or, for a small group,
 * only the fact that it is hidden. A hidden figure never carries its number, so no screen can show it.
 */
public record PresenceFigure(String labelKey, OptionalInt shownCount, Suppression suppression) {

    /** Why a figure is not shown as a number. */
    public enum Suppression {
        /** Shown as it is. */
        NONE,
        /** A group of 1 to 4 people: shown as "fewer than 5". */
        FEWER_THAN_FIVE,
        /** A larger figure hidden as well, so that a small group cannot be worked out by subtraction. */
        HIDDEN
    }

    public PresenceFigure {
        Objects.requireNonNull(labelKey);
        Objects.requireNonNull(shownCount);
        Objects.requireNonNull(suppression);
        if (shownCount.isPresent() != (suppression == Suppression.NONE)) {
            throw new IllegalArgumentException("A figure has a number exactly when it is not suppressed");
        }
    }

    static PresenceFigure shown(String labelKey, int count) {
        return new PresenceFigure(labelKey, OptionalInt.of(count), Suppression.NONE);
    }

    static PresenceFigure suppressed(String labelKey, Suppression why) {
        return new PresenceFigure(labelKey, OptionalInt.empty(), why);
    }

    public boolean suppressed() {
        return suppression != Suppression.NONE;
    }

    /** True only when the figure is shown and is zero: nobody is in this group. */
    public boolean isZero() {
        return shownCount.isPresent() && shownCount.getAsInt() == 0;
    }
}
