package org.fourpi.toolkit.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.fourpi.toolkit.common.db.DataFolder;
import org.fourpi.toolkit.common.db.DataKey;
import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.files.AttachmentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turning encryption on for a data folder whose database is closed, safe against a crash at any point.
 * The encrypted database and attachments are built in a working folder beside the live ones; the one
 * step that decides is the rename of the new key file into the data folder. Before it, the next start
 * throws the working folder away and the plain data is as it was; after it, the next start swaps the
 * encrypted copies in and deletes the plain ones.
 */
public final class DataProtection {

    private static final Logger LOG = LoggerFactory.getLogger(DataProtection.class);
    static final String WORK = "protecting";
    private static final List<String> SWAPPED = List.of("database", "attachments");

    /** The steps of turning encryption on, in order; tests stop after each to act out a crash. */
    public enum Step {
        WORK_FOLDER_READY, DATABASE_COPIED, DATABASE_CHECKED, ATTACHMENTS_COPIED, KEY_FILE_WRITTEN,
        KEY_FILE_IN_PLACE, PLAIN_MOVED_ASIDE, ENCRYPTED_MOVED_IN, FINISHED
    }

    /** Told after each step; a test throws here to act out a crash. */
    @FunctionalInterface
    public interface StepListener {
        void after(Step step);
    }

    /** What the start-up found of a conversion that a crash cut short. */
    public enum Interrupted { NONE, ROLLED_BACK, FINISHED }

    private DataProtection() {
    }

    /** Whether the data in this folder is locked with a passphrase. */
    public static boolean isProtected(Path dataFolderRoot) {
        return Files.exists(KeyFile.in(dataFolderRoot));
    }

    /**
     * The data key for the passphrase (or the recovery code), checked against the key file only: no other
     * file is read or changed.
     *
     * @throws WrongPassphraseException when the passphrase does not open this data
     */
    public static DataKey unlock(Path dataFolderRoot, char[] passphrase) throws WrongPassphraseException {
        return KeyFile.read(KeyFile.in(dataFolderRoot)).unlockWithEither(passphrase);
    }

    /**
     * Encrypts the data folder's database and attachments with the data key and puts the key file in
     * place. The database must be closed and the folder locked by this program.
     */
    public static void turnOn(DataFolder folder, DataKey key, KeyFile keyFile, StepListener steps) {
        Path root = folder.root();
        if (isProtected(root)) {
            throw new IllegalStateException("The data is already protected");
        }
        Path work = root.resolve(WORK);
        try {
            AttachmentStore.deleteTree(work);
            Files.createDirectories(work);
            steps.after(Step.WORK_FOLDER_READY);
            Path copyBase = work.resolve("database").resolve(folder.databaseBase().getFileName());
            Database.copyEncrypted(folder.databaseBase(), copyBase, key, root);
            steps.after(Step.DATABASE_COPIED);
            Database.open(copyBase, root, key).close();
            steps.after(Step.DATABASE_CHECKED);
            AttachmentStore.copyEncrypted(folder.attachmentFolder(), work.resolve("attachments"), key);
            steps.after(Step.ATTACHMENTS_COPIED);
            Path pendingKey = work.resolve(KeyFile.NAME);
            keyFile.writeTo(pendingKey);
            steps.after(Step.KEY_FILE_WRITTEN);
            Files.move(pendingKey, KeyFile.in(root), StandardCopyOption.ATOMIC_MOVE);
            KeyFile.forceFolder(root);
            LOG.info("Encryption turned on; swapping in the encrypted copies");
            steps.after(Step.KEY_FILE_IN_PLACE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rollForward(root, steps);
    }

    /**
     * Finishes or undoes a conversion that a crash cut short. Runs at every start, before the database
     * is opened.
     */
    public static Interrupted finishInterrupted(Path dataFolderRoot) {
        Path work = dataFolderRoot.resolve(WORK);
        if (!Files.exists(work)) {
            return Interrupted.NONE;
        }
        if (!isProtected(dataFolderRoot)) {
            LOG.info("Turning encryption on was cut short before it took effect; the data stays as it was");
            AttachmentStore.deleteTree(work);
            return Interrupted.ROLLED_BACK;
        }
        LOG.info("Turning encryption on was cut short after it took effect; finishing it");
        rollForward(dataFolderRoot, step -> { });
        return Interrupted.FINISHED;
    }

    /** Swaps each encrypted copy in for the live plain one; each move can be repeated after a crash. */
    private static void rollForward(Path root, StepListener steps) {
        Path work = root.resolve(WORK);
        try {
            for (String name : SWAPPED) {
                Path fresh = work.resolve(name);
                Path live = root.resolve(name);
                Path plain = work.resolve("plain-" + name);
                if (Files.exists(fresh) && Files.exists(live)) {
                    Files.move(live, plain, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            KeyFile.forceFolder(root);
            steps.after(Step.PLAIN_MOVED_ASIDE);
            for (String name : SWAPPED) {
                Path fresh = work.resolve(name);
                if (Files.exists(fresh)) {
                    Files.move(fresh, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            KeyFile.forceFolder(root);
            steps.after(Step.ENCRYPTED_MOVED_IN);
            AttachmentStore.deleteTree(work);
            steps.after(Step.FINISHED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
