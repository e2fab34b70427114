package org.fourpi.toolkit.common.validation;

import java.util.Optional;

/** What one text field accepts: whether it is needed, how long it may be, and its format. */
public record FieldRule(boolean required, int maxLength, Format format) {

    public static FieldRule optional(int maxLength) {
        return new FieldRule(false, maxLength, Format.ANY);
    }

    public static FieldRule optional(int maxLength, Format format) {
        return new FieldRule(false, maxLength, format);
    }

    public static FieldRule required(int maxLength) {
        return new FieldRule(true, maxLength, Format.ANY);
    }

    /** The problem with a value, if any. An empty optional field is fine. */
    public Optional<Problem> check(String rawValue) {
        String value = rawValue == null ? "" : rawValue.strip();
        if (value.isEmpty()) {
            return required ? Optional.of(Problem.REQUIRED) : Optional.empty();
        }
        if (value.length() > maxLength) {
            return Optional.of(Problem.TOO_LONG);
        }
        return format.accepts(value) ? Optional.empty() : Optional.of(format.problem());
    }
}
