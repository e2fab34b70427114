package org.fourpi.toolkit.people;

import java.util.Arrays;
import java.util.Optional;

import org.fourpi.toolkit.common.text.Labelled;

/** Where involvement happens, as the 4PI standards group it (A to E). */
public enum InvolvementLevel implements Labelled {
    A,
    B,
    C,
    D,
    E;

    @Override
    public String labelKey() {
        return "people.level." + name();
    }

    /** Reads a level from its letter, in either case. */
    public static Optional<InvolvementLevel> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.name().equalsIgnoreCase(code.strip())).findFirst();
    }
}
