package org.fourpi.toolkit.common.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.fourpi.toolkit.common.db.DataKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentStoreEncryptionTest {

    private static final DataKey KEY = DataKey.of(new byte[32]);

    @TempDir
    Path dir;

    private AttachmentStore encrypted() {
        return new AttachmentStore(dir.resolve("attachments"), dir.resolve("temp"), KEY);
    }

    private Path source(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    @Test
    void keepsAFileEncryptedOnDiskAndGivesBackTheSameBytes() throws IOException {
        byte[] receipt = "%PDF-1.4 Receipt for Zebedee Quarrington CANARY-7731".getBytes(StandardCharsets.UTF_8);
        AttachmentStore store = encrypted();

        AttachmentStore.Stored stored = store.store(source("receipt.pdf", receipt), 1_000_000);

        byte[] onDisk = Files.readAllBytes(dir.resolve("attachments").resolve(stored.storedName()));
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).startsWith("4PI-ENC1")
                .doesNotContain("Zebedee").doesNotContain("CANARY").doesNotContain("%PDF");
        assertThat(store.read(stored.storedName())).isEqualTo(receipt);
        assertThat(stored.sizeBytes()).isEqualTo(receipt.length);
    }

    @Test
    void readsBackFilesOfManySegmentsAndEmptyOnes() throws IOException {
        AttachmentStore store = encrypted();
        for (int size : new int[] {0, 1, SealedFiles.SEGMENT - 1, SealedFiles.SEGMENT, SealedFiles.SEGMENT + 1,
                3 * SealedFiles.SEGMENT + 17}) {
            byte[] content = new byte[size];
            new Random(size).nextBytes(content);
            AttachmentStore.Stored stored = store.store(source("f" + size + ".bin", content), 10_000_000);

            assertThat(store.read(stored.storedName())).as("size %d", size).isEqualTo(content);
        }
    }

    @Test
    void aChangedOrCutOffFileIsRefusedRatherThanReadWrongly() throws IOException {
        AttachmentStore store = encrypted();
        byte[] content = new byte[2 * SealedFiles.SEGMENT + 5];
        new Random(1).nextBytes(content);
        String name = store.store(source("paper.pdf", content), 10_000_000).storedName();
        Path kept = dir.resolve("attachments").resolve(name);
        byte[] sealed = Files.readAllBytes(kept);

        byte[] changed = sealed.clone();
        changed[100] ^= 1;
        Files.write(kept, changed);
        assertThatThrownBy(() -> store.read(name)).isInstanceOf(IOException.class);

        // Cut off exactly at a segment's end, so only the "last segment" mark can tell.
        Files.write(kept, java.util.Arrays.copyOf(sealed, 8 + 16 + SealedFiles.SEGMENT + 16));
        assertThatThrownBy(() -> store.read(name)).isInstanceOf(IOException.class);
    }

    @Test
    void anotherKeyCannotReadIt() throws IOException {
        String name = encrypted().store(source("a.pdf", "secret".getBytes(StandardCharsets.UTF_8)), 100).storedName();
        byte[] other = new byte[32];
        other[0] = 7;
        AttachmentStore otherStore = new AttachmentStore(dir.resolve("attachments"), dir.resolve("temp"),
                DataKey.of(other));

        assertThatThrownBy(() -> otherStore.read(name)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> new AttachmentStore(dir.resolve("attachments")).read(name))
                .isInstanceOf(IOException.class);
    }

    @Test
    void plainFilesKeptBeforeEncryptionStillOpen() throws IOException {
        byte[] content = "%PDF-1.4 plain".getBytes(StandardCharsets.UTF_8);
        String name = new AttachmentStore(dir.resolve("attachments")).store(source("old.pdf", content), 100)
                .storedName();

        assertThat(encrypted().read(name)).isEqualTo(content);
    }

    @Test
    void turningEncryptionOnCopiesEveryFileEncrypted() throws IOException {
        byte[] content = "%PDF-1.4 Zebedee Quarrington".getBytes(StandardCharsets.UTF_8);
        String name = new AttachmentStore(dir.resolve("attachments")).store(source("old.pdf", content), 100)
                .storedName();

        AttachmentStore.copyEncrypted(dir.resolve("attachments"), dir.resolve("sealed"), KEY);

        byte[] onDisk = Files.readAllBytes(dir.resolve("sealed").resolve(name));
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).startsWith("4PI-ENC1").doesNotContain("Zebedee");
        assertThat(new AttachmentStore(dir.resolve("sealed"), dir.resolve("temp"), KEY).read(name)).isEqualTo(content);
    }

    @Test
    void aCopyForTheViewerGoesToTheTempFolderAndIsRemovedAtTheEnd() throws IOException {
        byte[] content = "%PDF-1.4 plain".getBytes(StandardCharsets.UTF_8);
        AttachmentStore store = encrypted();
        String name = store.store(source("doc.pdf", content), 100).storedName();

        Path copy = store.viewableCopy(name);

        assertThat(copy).startsWith(dir.resolve("temp")).hasBinaryContent(content);
        assertThat(copy.getFileName().toString()).endsWith(".pdf");
        store.removeViewingCopies();
        assertThat(dir.resolve("temp")).doesNotExist();
    }
}
