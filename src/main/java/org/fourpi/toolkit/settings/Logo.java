package org.fourpi.toolkit.settings;

import java.util.Arrays;
import java.util.HexFormat;

/** The organisation's logo: the image file's bytes and their media type (PNG, JPEG or GIF). */
public record Logo(byte[] bytes, String mediaType) {

    /** Larger logos slow down packs and exports for no gain. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /**
     * The most pixels a logo may have across or down. A small file can claim a huge picture (a
     * "decompression bomb"), which would fill memory when it is drawn.
     */
    public static final int MAX_SIDE_PIXELS = 5000;

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
        int[] size = switch (type) {
            case "image/png" -> pngSize(bytes);
            case "image/jpeg" -> jpegSize(bytes);
            default -> gifSize(bytes);
        };
        if (size == null || size[0] < 1 || size[1] < 1) {
            throw new LogoException(LogoException.Problem.DAMAGED);
        }
        if (size[0] > MAX_SIDE_PIXELS || size[1] > MAX_SIDE_PIXELS) {
            throw new LogoException(LogoException.Problem.TOO_MANY_PIXELS);
        }
        return new Logo(bytes, type);
    }

    /** Width and height from the header that must follow the signature; null when it is not there. */
    private static int[] pngSize(byte[] b) {
        if (b.length < 24 || !(b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R')) {
            return null;
        }
        return new int[] {int32(b, 16), int32(b, 20)};
    }

    /** Width and height from the first frame header, stepping over the segments before it. */
    private static int[] jpegSize(byte[] b) {
        int at = 2;
        while (at + 9 < b.length) {
            if ((b[at] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                return new int[] {uint16(b, at + 7), uint16(b, at + 5)};
            }
            int length = uint16(b, at + 2);
            if (length < 2) {
                return null;
            }
            at += 2 + length;
        }
        return null;
    }

    private static int[] gifSize(byte[] b) {
        if (b.length < 13) {
            return null;
        }
        return new int[] {(b[6] & 0xFF) | (b[7] & 0xFF) << 8, (b[8] & 0xFF) | (b[9] & 0xFF) << 8};
    }

    private static int int32(byte[] b, int at) {
        long value = (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
        return (int) Math.min(value, Integer.MAX_VALUE);
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
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
