package org.fourpi.toolkit.people;

import java.time.LocalDateTime;

/** A paper about a person, such as a role description; the file is kept in the data folder. */
public record PersonDocument(long id, String title, String fileName, long sizeBytes, LocalDateTime addedAt) {
}
