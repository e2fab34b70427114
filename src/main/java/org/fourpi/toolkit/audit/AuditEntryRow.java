package org.fourpi.toolkit.audit;

import java.time.LocalDateTime;

/** One saved entry of the audit log, with its values already as text. */
public record AuditEntryRow(long id, LocalDateTime changedAt, String changedBy, AuditArea area, String what,
                            Long recordId, Long personId, String field, String before, String after) {
}
