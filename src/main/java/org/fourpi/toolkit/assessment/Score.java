package org.fourpi.toolkit.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * An average of ratings 1 to 5. "Don't know", "not relevant here" and missing answers do not count.
 *
 * @param average the average to one decimal place, or null when nothing was rated
 * @param exact   the average to four places, for comparisons, or null
 * @param rated   how many ratings went into it
 */
public record Score(BigDecimal average, BigDecimal exact, int rated) {

    public static final Score NONE = new Score(null, null, 0);

    /** The average of the ratings that are numbers. */
    public static Score of(Collection<Rating> ratings) {
        int sum = 0;
        int count = 0;
        for (Rating rating : ratings) {
            if (rating != null && rating.isScore()) {
                sum += rating.score().getAsInt();
                count++;
            }
        }
        if (count == 0) {
            return NONE;
        }
        BigDecimal exact = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_UP);
        return new Score(exact.setScale(1, RoundingMode.HALF_UP), exact, count);
    }

    public boolean isEmpty() {
        return rated == 0;
    }

    /** This score less an earlier one, to one decimal place, or null when either is empty. */
    public BigDecimal minus(Score earlier) {
        if (isEmpty() || earlier.isEmpty()) {
            return null;
        }
        return exact.subtract(earlier.exact).setScale(1, RoundingMode.HALF_UP);
    }
}
