package org.fourpi.toolkit.people;

import java.time.LocalDateTime;

/** One import of people from a file, kept so that it can be undone. {@code undoneAt} is null until it is. */
public record ImportBatch(long id, String fileName, LocalDateTime importedAt, int created, int updated,
                          LocalDateTime undoneAt) {
}
