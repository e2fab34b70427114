package org.fourpi.toolkit.people;

import java.time.LocalDate;

/**
 * A person's equality monitoring answers. Every answer is optional (null when not given). When the
 * person objected, {@code objectedOn} is set, every answer is empty, and they count in no figure.
 */
public record EqualityAnswers(AgeBand ageBand, Ethnicity ethnicity, Sex sex, Answer genderSameAsBirth,
                              Answer disability, SexualOrientation sexualOrientation, Religion religion,
                              Answer unpaidCarer, LocalDate objectedOn) {

    public static final EqualityAnswers NONE = new EqualityAnswers(null, null, null, null, null, null, null, null, null);

    public boolean objected() {
        return objectedOn != null;
    }

    public static EqualityAnswers objection(LocalDate on) {
        return new EqualityAnswers(null, null, null, null, null, null, null, null, on);
    }
}
