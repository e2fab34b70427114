package org.fourpi.toolkit.audit;

/** One entry of the audit log as the table shows it, every column in words. */
public record AuditRow(String when, String who, String area, String record, String what, String field,
                       String before, String after) {

    static AuditRow of(AuditEntryRow entry, AuditWords words) {
        return new AuditRow(words.when(entry.changedAt()), entry.changedBy(), words.area(entry.area()),
                words.record(entry), words.what(entry.what()), words.field(entry.field()),
                entry.before() == null ? "" : entry.before(), entry.after() == null ? "" : entry.after());
    }

    /** The whole entry in one sentence, for screen readers. */
    public String spoken() {
        return String.join(", ", java.util.stream.Stream.of(when, who, area, record, what, field, before, after)
                .filter(s -> s != null && !s.isEmpty()).toList());
    }
}
