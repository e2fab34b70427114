package org.fourpi.toolkit.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** What a backup file holds, shown before anything is restored from it. */
public record BackupPreview(Path file, LocalDateTime madeAt, String programVersion, BackupKind kind,
                            boolean encrypted, BackupCounts counts) {
}
