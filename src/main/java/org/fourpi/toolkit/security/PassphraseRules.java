package org.fourpi.toolkit.security;

import java.util.Arrays;
import java.util.Optional;

/** A new passphrase has at least 10 characters and is typed the same way twice. */
public final class PassphraseRules {

    public static final int MIN_LENGTH = 10;

    private PassphraseRules() {
    }

    /** The first problem with a new passphrase, or empty when it may be used. */
    public static Optional<PassphraseProblem> check(char[] passphrase, char[] again) {
        if (passphrase.length < MIN_LENGTH) {
            return Optional.of(PassphraseProblem.TOO_SHORT);
        }
        if (!Arrays.equals(passphrase, again)) {
            return Optional.of(PassphraseProblem.NOT_THE_SAME);
        }
        return Optional.empty();
    }
}
