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

    /**
     * True when the text holds a control character other than a tab or a line break, a half of an
     * emoji without its other half, or one of the two codes Unicode keeps out of text. None can be
     * typed, none survives a spreadsheet, and all arrive only by pasting or by a damaged file.
     */
    public static boolean hasHiddenCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
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
        if (hasHiddenCharacters(value)) {
            return Optional.of(Problem.HIDDEN_CHARACTER);
        }
        return format.accepts(value) ? Optional.empty() : Optional.of(format.problem());
    }
}
