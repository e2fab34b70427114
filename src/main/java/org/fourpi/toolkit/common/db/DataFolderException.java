package org.fourpi.toolkit.common.db;

import java.nio.file.Path;

/** The data folder could not be used; the reason says what the person can do about it. */
public final class DataFolderException extends RuntimeException {

    /** Why the folder could not be used. */
    public enum Reason {
        /** Another copy of the program has the data open. */
        ALREADY_OPEN,
        /** The folder cannot be created or written. */
        NOT_WRITABLE,
        /** The database file could not be read: damaged, or not a database of this program. */
        UNREADABLE
    }

    private final Reason reason;
    private final transient Path folder;

    public DataFolderException(Reason reason, Path folder, Throwable cause) {
        super(reason + ": " + folder, cause);
        this.reason = reason;
        this.folder = folder;
    }

    public Reason reason() {
        return reason;
    }

    public Path folder() {
        return folder;
    }
}
