package org.fourpi.toolkit.common.db;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The secret key that the database file (and everything else kept encrypted in the data folder) is
 * locked with, or {@link #NONE} when the data is not encrypted. The key is already strong (derived from
 * the passphrase elsewhere); it is handed to H2 as its file password and never written to disk here.
 */
public final class DataKey {

    /** Data kept without encryption. */
    public static final DataKey NONE = new DataKey(new byte[0]);

    private final byte[] key;

    private DataKey(byte[] key) {
        this.key = key;
    }

    /** A key of 32 bytes (256 bits). */
    public static DataKey of(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("A data key has 32 bytes, not " + key.length);
        }
        return new DataKey(key.clone());
    }

    public boolean encrypted() {
        return key.length > 0;
    }

    /** A copy of the key's bytes; empty when the data is not encrypted. */
    public byte[] bytes() {
        return key.clone();
    }

    /** The key as H2 takes its file password: hexadecimal characters, which H2 hashes once more. */
    char[] filePassword() {
        return HexFormat.of().formatHex(key).toCharArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataKey that && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return encrypted() ? "DataKey[encrypted]" : "DataKey[none]";
    }
}
