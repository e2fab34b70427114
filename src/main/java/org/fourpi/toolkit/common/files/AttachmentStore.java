package org.fourpi.toolkit.common.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import org.fourpi.toolkit.common.db.DataKey;

/**
 * Files the program keeps for itself (role descriptions, later receipts and meeting papers), copied
 * into the data folder so that its backups and encryption cover them. A copy is written under a
 * temporary name and renamed only when complete, so a crash never leaves half a file in use. When the
 * data is encrypted, files are stored encrypted and read back through {@link #open}; plain files kept
 * before encryption was turned on still open.
 */
public final class AttachmentStore {

    private final Path folder;
    private final Path viewingFolder;
    private final SealedFiles sealed;

    /** A store of plain files. */
    public AttachmentStore(Path folder) {
        this(folder, null, DataKey.NONE);
    }

    /**
     * @param viewingFolder where plain copies for the computer's own viewer go when the data is encrypted
     *                      (the data folder's temp folder, emptied at close and at the next start)
     * @param key           the data key; {@link DataKey#NONE} keeps files plain
     */
    public AttachmentStore(Path folder, Path viewingFolder, DataKey key) {
        this.folder = folder;
        this.viewingFolder = viewingFolder;
        this.sealed = key.encrypted() ? new SealedFiles(key) : null;
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
            try (InputStream in = Files.newInputStream(source);
                 OutputStream out = sealed == null ? Files.newOutputStream(temp)
                         : sealed.sealing(Files.newOutputStream(temp))) {
                copied = copyAtMost(in, out, maxBytes);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
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

    /**
     * The plain bytes of a stored file, as a stream: decrypted when it was stored encrypted.
     *
     * @throws IOException when it is missing, or encrypted and cannot be opened with this store's key
     */
    public InputStream open(String storedName) throws IOException {
        PushbackInputStream in = new PushbackInputStream(Files.newInputStream(pathOf(storedName)),
                SealedFiles.MAGIC.length);
        try {
            byte[] head = in.readNBytes(SealedFiles.MAGIC.length);
            if (SealedFiles.isSealed(head)) {
                if (sealed == null) {
                    throw new IOException("The file is encrypted and the data is open without its key");
                }
                return sealed.opening(in);
            }
            in.unread(head);
            return in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The plain bytes of a stored file (papers and receipts are small enough to hold). */
    public byte[] read(String storedName) throws IOException {
        try (InputStream in = open(storedName)) {
            return in.readAllBytes();
        }
    }

    /**
     * A file to open in the computer's own viewer. A plain stored file is itself; an encrypted one is
     * copied, decrypted, into the data folder's temp folder, since the viewer can only read a plain file.
     * Those copies are removed by {@link #removeViewingCopies()} at close and at the next start.
     */
    public Path viewableCopy(String storedName) {
        Path stored = pathOf(storedName);
        if (sealed == null || viewingFolder == null) {
            return stored;
        }
        try {
            Path place = viewingFolder.resolve(UUID.randomUUID().toString());
            Files.createDirectories(place);
            Path copy = place.resolve(storedName);
            try (InputStream in = open(storedName)) {
                Files.copy(in, copy);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the plain copies made for viewing; what cannot be removed (still open) is left. */
    public void removeViewingCopies() {
        if (viewingFolder != null) {
            deleteTree(viewingFolder);
        }
    }

    /** Deletes a folder and everything in it, as far as it can. */
    public static void deleteTree(Path top) {
        if (!Files.exists(top)) {
            return;
        }
        try (Stream<Path> all = Files.walk(top)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // A file still open in a viewer on Windows; the next start tries again.
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // Nothing more to do; the next start tries again.
        }
    }

    /**
     * Copies every stored file from one folder to another, encrypting those that are plain, for turning
     * encryption on. Each copy is forced to disk.
     */
    public static void copyEncrypted(Path fromFolder, Path toFolder, DataKey key) throws IOException {
        Files.createDirectories(toFolder);
        if (!Files.isDirectory(fromFolder)) {
            return;
        }
        SealedFiles sealing = new SealedFiles(key);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(fromFolder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!Files.isRegularFile(file) || name.endsWith(".part")) {
                    continue;
                }
                Path target = toFolder.resolve(name);
                byte[] head;
                try (InputStream in = Files.newInputStream(file)) {
                    head = in.readNBytes(SealedFiles.MAGIC.length);
                }
                if (SealedFiles.isSealed(head)) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    try (InputStream in = Files.newInputStream(file);
                         OutputStream out = sealing.sealing(Files.newOutputStream(target))) {
                        in.transferTo(out);
                    }
                }
                try (var channel = java.nio.channels.FileChannel.open(target, java.nio.file.StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
        }
    }

    /** Where a stored file is on disk (encrypted when the data is). */
    Path pathOf(String storedName) {
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
