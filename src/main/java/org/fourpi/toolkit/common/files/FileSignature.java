package org.fourpi.toolkit.common.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Recognises a kind of file by its first bytes, whatever it is called. */
public final class FileSignature {

    /** How many bytes {@link #head} reads: enough for every check here. */
    public static final int HEAD_BYTES = 8192;

    /** The kinds of file the program tells apart by their first bytes. */
    public enum Kind {
        PDF, ZIP, OLD_OFFICE, RTF, PNG, JPEG, GIF, TEXT, OTHER;

        /** The kinds a file with this ending must be, or empty when any kind will do. */
        static Optional<java.util.Set<Kind>> expectedFor(String extension) {
            return Optional.ofNullable(switch (extension) {
                case "pdf" -> java.util.Set.of(PDF);
                case "docx", "xlsx", "pptx", "odt", "ods", "odp" -> java.util.Set.of(ZIP);
                // Word has long saved some .doc files as RTF.
                case "doc", "xls", "ppt" -> java.util.Set.of(OLD_OFFICE, RTF);
                case "rtf" -> java.util.Set.of(RTF);
                case "txt", "csv" -> java.util.Set.of(TEXT, RTF);
                case "png" -> java.util.Set.of(PNG);
                case "jpg", "jpeg" -> java.util.Set.of(JPEG);
                case "gif" -> java.util.Set.of(GIF);
                default -> null;
            });
        }
    }

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

    /**
     * True when the path is an ordinary file. Folders, devices (such as a link to /dev/zero, which never
     * ends) and named pipes (which wait for ever for a writer) are not, and must never be opened.
     */
    public static boolean isOrdinaryFile(Path file) {
        try {
            return Files.isRegularFile(file);
        } catch (SecurityException e) {
            return false;
        }
    }

    /** The first bytes of an ordinary file, at most {@link #HEAD_BYTES}. */
    public static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    /** What the first bytes show the file to be. */
    public static Kind kindOf(byte[] head) {
        if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
            return Kind.PDF;
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return Kind.ZIP;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Kind.OLD_OFFICE;
        }
        if (startsWith(head, '{', '\\', 'r', 't', 'f')) {
            return Kind.RTF;
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Kind.PNG;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Kind.JPEG;
        }
        if (startsWith(head, 'G', 'I', 'F', '8')) {
            return Kind.GIF;
        }
        return looksLikeText(head) ? Kind.TEXT : Kind.OTHER;
    }

    /**
     * The kinds the file's ending promises when its first bytes are none of them (a program renamed
     * .pdf, a PDF renamed .docx); empty when they match or the ending promises nothing in particular.
     */
    public static Optional<java.util.Set<Kind>> contradicts(String fileName, byte[] head) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Kind.expectedFor(extension).filter(kinds -> !kinds.contains(kindOf(head)));
    }

    /** Text holds no NUL bytes, except UTF-16, which starts with its byte-order mark. */
    private static boolean looksLikeText(byte[] head) {
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
            return true;
        }
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }
}
