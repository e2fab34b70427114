package org.fourpi.toolkit.common.files;

import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.fourpi.toolkit.common.db.DataKey;

/**
 * Files kept encrypted with AES-GCM in segments of 64 KiB, so that a file of any size is written and
 * read as a stream. Each file has its own key, made from the data key and a random salt in its header;
 * each segment's nonce is its number and a mark for the last one, so segments cannot be reordered,
 * dropped or cut off unnoticed.
 */
final class SealedFiles {

    /** The first bytes of an encrypted file; a file without them is a plain one from before encryption. */
    static final byte[] MAGIC = "4PI-ENC1".getBytes(StandardCharsets.US_ASCII);
    static final int SEGMENT = 64 * 1024;
    private static final int TAG_BYTES = 16;
    private static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] attachmentKey;

    SealedFiles(DataKey key) {
        byte[] dataKey = key.bytes();
        try {
            this.attachmentKey = hmac(dataKey, "4PI Involvement Toolkit attachments 1".getBytes(StandardCharsets.US_ASCII));
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** Whether the first bytes of a file mark it as encrypted. */
    static boolean isSealed(byte[] head) {
        return head.length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** A stream that encrypts what is written to it into {@code out}; close it to write the last segment. */
    OutputStream sealing(OutputStream out) throws IOException {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        out.write(MAGIC);
        out.write(salt);
        return new SealingStream(out, hmac(attachmentKey, salt), header(salt));
    }

    /**
     * A stream that gives the plain bytes of an encrypted file, whose magic has already been read.
     *
     * @throws IOException when the file was changed or cut off, or another key locked it
     */
    InputStream opening(InputStream in) throws IOException {
        byte[] salt = in.readNBytes(SALT_BYTES);
        if (salt.length != SALT_BYTES) {
            throw new EOFException("An encrypted file is cut off");
        }
        return new OpeningStream(new PushbackInputStream(in, 1), hmac(attachmentKey, salt), header(salt));
    }

    private static byte[] header(byte[] salt) {
        byte[] header = Arrays.copyOf(MAGIC, MAGIC.length + salt.length);
        System.arraycopy(salt, 0, header, MAGIC.length, salt.length);
        return header;
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static Cipher cipher(int mode, byte[] fileKey, byte[] header, long segment, boolean last)
            throws GeneralSecurityException {
        byte[] nonce = ByteBuffer.allocate(12).putLong(segment).putInt(last ? 1 : 0).array();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(fileKey, "AES"), new GCMParameterSpec(TAG_BYTES * 8, nonce));
        cipher.updateAAD(header);
        return cipher;
    }

    private static final class SealingStream extends FilterOutputStream {
        private final byte[] fileKey;
        private final byte[] header;
        private final byte[] buffer = new byte[SEGMENT];
        private int filled;
        private long segment;
        private boolean closed;

        SealingStream(OutputStream out, byte[] fileKey, byte[] header) {
            super(out);
            this.fileKey = fileKey;
            this.header = header;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                if (filled == SEGMENT) {
                    // More is coming, so the full segment is not the last one.
                    writeSegment(false);
                }
                int n = Math.min(length, SEGMENT - filled);
                System.arraycopy(bytes, offset, buffer, filled, n);
                filled += n;
                offset += n;
                length -= n;
            }
        }

        private void writeSegment(boolean last) throws IOException {
            try {
                out.write(cipher(Cipher.ENCRYPT_MODE, fileKey, header, segment, last).doFinal(buffer, 0, filled));
            } catch (GeneralSecurityException e) {
                throw new IOException("The file could not be encrypted", e);
            }
            segment++;
            filled = 0;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                writeSegment(true);
                Arrays.fill(buffer, (byte) 0);
            } finally {
                out.close();
            }
        }
    }

    private static final class OpeningStream extends InputStream {
        private final PushbackInputStream in;
        private final byte[] fileKey;
        private final byte[] header;
        private byte[] plain = new byte[0];
        private int position;
        private long segment;
        private boolean finished;

        OpeningStream(PushbackInputStream in, byte[] fileKey, byte[] header) {
            this.in = in;
            this.fileKey = fileKey;
            this.header = header;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == plain.length) {
                if (finished) {
                    return -1;
                }
                nextSegment();
            }
            int n = Math.min(length, plain.length - position);
            System.arraycopy(plain, position, bytes, offset, n);
            position += n;
            return n;
        }

        private void nextSegment() throws IOException {
            byte[] sealed = in.readNBytes(SEGMENT + TAG_BYTES);
            int next = in.read();
            boolean last = next < 0;
            if (!last) {
                in.unread(next);
            }
            if (sealed.length < TAG_BYTES || (!last && sealed.length != SEGMENT + TAG_BYTES)) {
                throw new EOFException("An encrypted file is cut off");
            }
            try {
                plain = cipher(Cipher.DECRYPT_MODE, fileKey, header, segment, last).doFinal(sealed);
            } catch (AEADBadTagException e) {
                throw new IOException("An encrypted file was changed, cut off or locked with another key", e);
            } catch (GeneralSecurityException e) {
                throw new IOException("An encrypted file could not be read", e);
            }
            position = 0;
            segment++;
            finished = last;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
