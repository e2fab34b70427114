package org.fourpi.toolkit.backup;

/** How many records of each main kind a backup, or the data, holds. */
public record BackupCounts(long people, long meetings, long claims, long assessments, long attachments) {
}
