package org.fourpi.toolkit.common.files;

/** Recognises a kind of file by its first bytes, whatever it is called. */
public final class FileSignature {

    private FileSignature() {
    }

    /** True when the bytes begin with the given values (each 0 to 255). */
    public static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
