package org.fourpi.toolkit.backup;

/** Why a backup was made; only automatic ones are ever removed by the program. */
public enum BackupKind {
    AUTOMATIC, MANUAL, BEFORE_RESTORE
}
