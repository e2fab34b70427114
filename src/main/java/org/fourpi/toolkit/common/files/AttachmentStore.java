package org.fourpi.toolkit.common.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Files the program keeps for itself (role descriptions, later receipts and meeting papers), copied
 * into the data folder so that its backups and encryption cover them. A copy is written under a
 * temporary name and renamed only when complete, so a crash never leaves half a file in use.
 */
public final class AttachmentStore {

    private final Path folder;

    public AttachmentStore(Path folder) {
        this.folder = folder;
    }

    /** A file copied into the store: its name there and its size. */
    public record Stored(String storedName, long sizeBytes) {
    }

    /** A file was refused: too large, or not readable. */
    public static final class RefusedException extends RuntimeException {
        /** Why the file was refused. */
        public enum Reason { TOO_LARGE, UNREADABLE }

        private final Reason reason;

        public RefusedException(Reason reason, Throwable cause) {
            super(reason.name(), cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /**
     * Copies a file into the store.
     *
     * @throws RefusedException when it is larger than {@code maxBytes} or cannot be read
     */
    public Stored store(Path source, long maxBytes) {
        try {
            if (Files.size(source) > maxBytes) {
                throw new RefusedException(RefusedException.Reason.TOO_LARGE, null);
            }
            Files.createDirectories(folder);
            String name = UUID.randomUUID() + extension(source);
            Path temp = folder.resolve(name + ".part");
            long copied;
            try (InputStream in = Files.newInputStream(source); OutputStream out = Files.newOutputStream(temp)) {
                copied = copyAtMost(in, out, maxBytes);
            }
            if (copied > maxBytes) {
                Files.deleteIfExists(temp);
                throw new RefusedException(RefusedException.Reason.TOO_LARGE, null);
            }
            Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return new Stored(name, copied);
        } catch (IOException | SecurityException e) {
            throw new RefusedException(RefusedException.Reason.UNREADABLE, e);
        }
    }

    /** Where a stored file is, to open it. */
    public Path pathOf(String storedName) {
        if (storedName.contains("/") || storedName.contains("\\") || storedName.contains("..")) {
            throw new IllegalArgumentException("Not a stored file name: " + storedName);
        }
        return folder.resolve(storedName);
    }

    /** Removes a stored file that no record uses any more. */
    public void delete(String storedName) {
        try {
            Files.deleteIfExists(pathOf(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            total += read;
            if (total > maxBytes) {
                return total;
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
        return ext.matches("\\.[a-z0-9]{1,5}") ? ext : "";
    }
}
