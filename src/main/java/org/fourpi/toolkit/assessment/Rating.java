package org.fourpi.toolkit.assessment;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An answer on the 4PI rating scale: 1 (not started) to 5 (consistently, everywhere), or "don't know",
 * or "not relevant here". Only the numbers count towards averages. The words for each answer come
 * from the framework file ({@link Framework#scale()}).
 */
public enum Rating {
    ONE("1"),
    TWO("2"),
    THREE("3"),
    FOUR("4"),
    FIVE("5"),
    DONT_KNOW("DONT_KNOW"),
    NOT_RELEVANT("NOT_RELEVANT");

    private final String code;

    Rating(String code) {
        this.code = code;
    }

    /** How the answer is written in the database and on response forms: "1" to "5", or the name. */
    public String code() {
        return code;
    }

    /** The number 1 to 5, or empty for "don't know" and "not relevant here". */
    public OptionalInt score() {
        return ordinal() < 5 ? OptionalInt.of(ordinal() + 1) : OptionalInt.empty();
    }

    public boolean isScore() {
        return ordinal() < 5;
    }

    /** The answer for a number 1 to 5. */
    public static Rating ofScore(int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("A rating is 1 to 5, not " + score);
        }
        return values()[score - 1];
    }

    /** Reads an answer from its code. */
    public static Optional<Rating> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
