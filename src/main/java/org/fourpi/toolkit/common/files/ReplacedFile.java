package org.fourpi.toolkit.common.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file under a hidden temporary name in the same folder and moves it into place only when it
 * is complete, so a failed or stopped write never leaves half a file under the name asked for.
 */
public final class ReplacedFile {

    /** What writes the content, into the temporary file it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private ReplacedFile() {
    }

    /**
     * Writes {@code target}, replacing any file of that name.
     *
     * @param tempPrefix the start of the temporary file's name, such as ".ledger-"
     * @throws IOException when the folder cannot be written or the file is open in another program
     */
    public static void write(Path target, String tempPrefix, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, tempPrefix, ".part");
        try {
            content.writeTo(temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Nothing more to do: the partial file has a hidden temporary name.
                }
            }
        }
    }
}
