package org.fourpi.toolkit.backup;

/** A backup could not be made, or a file could not be restored; the reason says why in a way people can act on. */
public final class BackupProblem extends RuntimeException {

    /** Why. Each has a plain sentence, {@code backup.problem.<REASON>}. */
    public enum Reason {
        /** The folder could not be created or written to. */
        FOLDER_NOT_WRITABLE,
        /** The disk (or memory stick) ran out of space. */
        DISK_FULL,
        /** The data could not be copied. */
        COPY_FAILED,
        /** The copy was made but did not read back correctly, so it was thrown away. */
        VERIFY_FAILED,
        /** The file is missing or cannot be read. */
        NOT_FOUND,
        /** The file is not a zip file at all. */
        NOT_A_BACKUP,
        /** A zip file, but not a backup made by this program. */
        NOT_OURS,
        /** One of ours, but damaged or cut short. */
        DAMAGED,
        /** Made by a newer version of the program. */
        NEWER_VERSION,
        /** Locked with a key that this data does not have. */
        WRONG_KEY
    }

    private final Reason reason;

    public BackupProblem(Reason reason, Throwable cause) {
        super(reason.name(), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The key of the sentence that explains the reason. */
    public String messageKey() {
        return "backup.problem." + reason.name();
    }
}
