package org.fourpi.toolkit.security;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The code printed on the recovery sheet: 24 letters and digits (120 random bits) in groups of four,
 * without letters that look like digits. It opens the data when the passphrase is lost.
 */
public final class RecoveryCode {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    static final int LENGTH = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCode() {
    }

    /** A new code, for example {@code K7QM-2XPA-...}. */
    public static char[] generate() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        char[] chars = new char[code.length()];
        code.getChars(0, code.length(), chars, 0);
        return chars;
    }

    /** The code as typed, without spaces or dashes and in capitals, so either way of typing it works. */
    static char[] normalise(char[] typed) {
        StringBuilder clean = new StringBuilder();
        for (char c : typed) {
            if (Character.isLetterOrDigit(c)) {
                clean.append(Character.toUpperCase(c));
            }
        }
        return clean.toString().toUpperCase(Locale.ROOT).toCharArray();
    }
}
