package org.fourpi.toolkit.common.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

/**
 * Checks a PDF someone gave the program before it is read for its words or copied into a pack: a
 * locked PDF cannot be read (and the PDF library would fail in an unfriendly way), and a small file can
 * pack a page that unpacks to gigabytes. Each check counts, and keeps nothing it does not need.
 */
public final class PdfSafety {

    /** The most any one part of a PDF may unpack to: a full-page photograph at print quality is well below it. */
    public static final long MAX_STREAM_BYTES = 64L * 1024 * 1024;
    /** The most all the parts together may unpack to. */
    public static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;

    /** Why a PDF is not read. */
    public enum Problem { LOCKED, TOO_MUCH_DATA }

    private static final byte[] ENCRYPT = "/Encrypt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private PdfSafety() {
    }

    /**
     * True when the file is locked (encrypted). The word that marks it sits in the file's trailer,
     * which is never packed, so a plain search finds it without reading the PDF.
     */
    public static boolean isLocked(byte[] pdf) {
        outer:
        for (int i = 0; i <= pdf.length - ENCRYPT.length - 1; i++) {
            for (int j = 0; j < ENCRYPT.length; j++) {
                if (pdf[i + j] != ENCRYPT[j]) {
                    continue outer;
                }
            }
            int next = pdf[i + ENCRYPT.length] & 0xFF;
            if (!Character.isLetter(next)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The problem with a PDF already opened, if any: locked, or parts that would unpack to more than
     * {@link #MAX_STREAM_BYTES} each or {@link #MAX_TOTAL_BYTES} together.
     */
    public static Optional<Problem> check(PdfReader reader) throws IOException {
        if (reader.isEncrypted()) {
            return Optional.of(Problem.LOCKED);
        }
        long total = 0;
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject object = reader.getPdfObjectRelease(i);
            if (object instanceof PRStream stream) {
                long unpacked = unpackedSize(stream);
                if (unpacked > MAX_STREAM_BYTES) {
                    return Optional.of(Problem.TOO_MUCH_DATA);
                }
                total += unpacked;
                if (total > MAX_TOTAL_BYTES) {
                    return Optional.of(Problem.TOO_MUCH_DATA);
                }
            }
        }
        return Optional.empty();
    }

    /** What a stream unpacks to through its leading Flate filters, stopping as soon as it is too much. */
    private static long unpackedSize(PRStream stream) throws IOException {
        byte[] bytes = PdfReader.getStreamBytesRaw(stream);
        List<PdfObject> filters = filters(PdfReader.getPdfObjectRelease(stream.get(PdfName.FILTER)));
        long size = bytes.length;
        for (int i = 0; i < filters.size(); i++) {
            if (!PdfName.FLATEDECODE.equals(filters.get(i)) && !new PdfName("Fl").equals(filters.get(i))) {
                break;
            }
            boolean last = i + 1 == filters.size() || !PdfName.FLATEDECODE.equals(filters.get(i + 1));
            Inflated inflated = inflate(bytes, !last);
            size = inflated.size();
            if (size > MAX_STREAM_BYTES || inflated.bytes() == null) {
                return size;
            }
            bytes = inflated.bytes();
        }
        return size;
    }

    private static List<PdfObject> filters(PdfObject filter) {
        List<PdfObject> filters = new ArrayList<>();
        if (filter instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                filters.add(PdfReader.getPdfObjectRelease(array.getPdfObject(i)));
            }
        } else if (filter != null) {
            filters.add(filter);
        }
        return filters;
    }

    private record Inflated(long size, byte[] bytes) {
    }

    /** Counts what the bytes inflate to, up to just past the limit; keeps the result only when asked. */
    private static Inflated inflate(byte[] packed, boolean keep) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            byte[] buffer = new byte[64 * 1024];
            java.io.ByteArrayOutputStream kept = keep ? new java.io.ByteArrayOutputStream() : null;
            long size = 0;
            while (!inflater.finished() && size <= MAX_STREAM_BYTES) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                size += n;
                if (kept != null) {
                    kept.write(buffer, 0, n);
                }
            }
            return new Inflated(size, kept == null ? null : kept.toByteArray());
        } catch (DataFormatException e) {
            // Damaged data: the PDF library will report it as it reads; nothing large comes of it.
            return new Inflated(0, null);
        } finally {
            inflater.end();
        }
    }
}
