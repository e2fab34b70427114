package org.fourpi.toolkit.people;

/**
 * What an import saved: how many people it added and updated, and how many rows it skipped as
 * duplicates or because of problems. {@code batchId} is null when nothing needed saving.
 */
public record PeopleImportResult(Long batchId, int created, int updated, int skippedDuplicates,
                                 int skippedErrors) {
}
