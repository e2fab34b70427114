package org.fourpi.toolkit.audit;

import java.util.Objects;

/**
 * One change, as a service hands it to the {@link AuditTrail}: what kind of change, on which record and
 * person, and the field with its value before and after. Values are plain Java values (text, dates,
 * {@code Money}, choices, sets of choices); the trail writes them as text a coordinator can read.
 *
 * @param what     a stable key for the kind of change, such as {@code person.changed}
 * @param recordId the changed record, or null
 * @param personId the person the change is about, or null
 * @param field    a stable key for the changed field, or null when the change is about the whole record
 */
public record AuditChange(AuditArea area, String what, Long recordId, Long personId, String field,
                          Object before, Object after) {

    public AuditChange {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(what, "what");
    }

    /** A change about a whole record, with no field. */
    public static AuditChange of(AuditArea area, String what, Long recordId, Long personId, Object before,
                                 Object after) {
        return new AuditChange(area, what, recordId, personId, null, before, after);
    }
}
