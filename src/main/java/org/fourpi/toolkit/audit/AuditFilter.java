package org.fourpi.toolkit.audit;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which entries of the audit log to show.
 *
 * @param area      one area, or null for all
 * @param from      the first day, or null
 * @param to        the last day, or null
 * @param text      words to find in who, the record number, field, before or after; empty for any
 * @param whatKeys  kinds of change whose names hold the words too (the caller knows the names)
 * @param fieldKeys fields whose names hold the words too
 */
public record AuditFilter(AuditArea area, LocalDate from, LocalDate to, String text, Set<String> whatKeys,
                          Set<String> fieldKeys) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, "", Set.of(), Set.of());

    public AuditFilter {
        text = text == null ? "" : text.strip();
        whatKeys = whatKeys == null ? Set.of() : Set.copyOf(whatKeys);
        fieldKeys = fieldKeys == null ? Set.of() : Set.copyOf(fieldKeys);
    }
}
