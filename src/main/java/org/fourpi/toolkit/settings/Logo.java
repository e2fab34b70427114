package org.fourpi.toolkit.settings;

import java.util.Arrays;
import java.util.HexFormat;

/** The organisation's logo: the image file's bytes and their media type (PNG, JPEG or GIF). */
public record Logo(byte[] bytes, String mediaType) {

    /** Larger logos slow down packs and exports for no gain. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    public Logo {
        bytes = bytes.clone();
    }

    /**
     * Recognises an image by its first bytes, whatever the file is called.
     *
     * @throws LogoException when it is too large or not a PNG, JPEG or GIF image
     */
    public static Logo fromBytes(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new LogoException(LogoException.Problem.TOO_LARGE);
        }
        String type = mediaTypeOf(bytes);
        if (type == null) {
            throw new LogoException(LogoException.Problem.NOT_AN_IMAGE);
        }
        return new Logo(bytes, type);
    }

    private static String mediaTypeOf(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length + 8) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Logo logo && mediaType.equals(logo.mediaType) && Arrays.equals(bytes, logo.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Logo[" + mediaType + ", " + bytes.length + " bytes, "
                + HexFormat.of().formatHex(bytes, 0, Math.min(4, bytes.length)) + "...]";
    }
}
