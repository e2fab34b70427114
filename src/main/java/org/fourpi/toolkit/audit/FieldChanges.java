package org.fourpi.toolkit.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares a record before and after a change, field by field, and keeps an entry for the audit log for
 * each field that differs. A blank text counts as no value, so clearing an empty field is no change.
 *
 * @param <T> the kind of record
 */
public final class FieldChanges<T> {

    private final AuditArea area;
    private final String what;
    private final Long recordId;
    private final Long personId;
    private final T before;
    private final T after;
    private final List<AuditChange> changes = new ArrayList<>();

    private FieldChanges(AuditArea area, String what, Long recordId, Long personId, T before, T after) {
        this.area = area;
        this.what = what;
        this.recordId = recordId;
        this.personId = personId;
        this.before = before;
        this.after = after;
    }

    /**
     * @param before the record before the change, or null when it is new
     * @param after  the record after the change
     */
    public static <T> FieldChanges<T> between(T before, T after, AuditArea area, String what, Long recordId,
                                              Long personId) {
        return new FieldChanges<>(area, what, recordId, personId, before, after);
    }

    /** Compares one field, read from the record by {@code value}; {@code field} is its key in the log. */
    public FieldChanges<T> field(String field, Function<? super T, ?> value) {
        Object was = before == null ? null : value.apply(before);
        Object is = value.apply(after);
        if (!Objects.equals(absentWhenBlank(was), absentWhenBlank(is))) {
            changes.add(new AuditChange(area, what, recordId, personId, field, was, is));
        }
        return this;
    }

    /** The entries for the fields that differ, in the order they were compared. */
    public List<AuditChange> changes() {
        return List.copyOf(changes);
    }

    private static Object absentWhenBlank(Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }
}
