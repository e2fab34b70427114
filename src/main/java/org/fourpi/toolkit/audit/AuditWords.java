package org.fourpi.toolkit.audit;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.fourpi.toolkit.common.ui.Messages;

/**
 * The audit log's stable keys in words: the kind of change, the field, the record and the time, as the
 * window and the export show them. A key with no words of its own is shown as it is kept.
 */
public final class AuditWords {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final String WHAT = "audit.what.";
    private static final String FIELD = "audit.field.";
    private static final String RECORD = "audit.record.";
    /** Fields kept by the key of a label the program already has. */
    private static final List<String> LABEL_FIELDS = List.of("profile.field.", "payments.category.");

    private final Messages messages;
    private final ResourceBundle bundle;

    public AuditWords(Messages messages) {
        this.messages = messages;
        this.bundle = messages.bundle();
    }

    public String area(AuditArea area) {
        return area == null ? "" : messages.text(area.labelKey());
    }

    public String when(LocalDateTime at) {
        return at == null ? "" : WHEN.format(at);
    }

    public String what(String key) {
        return key == null ? "" : bundle.containsKey(WHAT + key) ? messages.text(WHAT + key) : key;
    }

    public String field(String key) {
        if (key == null) {
            return "";
        }
        if (bundle.containsKey(FIELD + key)) {
            return messages.text(FIELD + key);
        }
        return bundle.containsKey(key) ? messages.text(key) : key;
    }

    /** The record the change was made to, such as "Person 12"; empty when the change has none. */
    public String record(AuditEntryRow entry) {
        if (entry.recordId() == null) {
            return "";
        }
        String key = entry.what();
        while (!key.isEmpty()) {
            if (bundle.containsKey(RECORD + key)) {
                return messages.text(RECORD + key, Long.toString(entry.recordId()));
            }
            int dot = key.lastIndexOf('.');
            key = dot < 0 ? "" : key.substring(0, dot);
        }
        return Long.toString(entry.recordId());
    }

    /** A filter for the words: the kinds of change and fields whose names hold them too. */
    public AuditFilter filter(AuditArea area, java.time.LocalDate from, java.time.LocalDate to, String text) {
        String words = text == null ? "" : text.strip();
        if (words.isEmpty()) {
            return new AuditFilter(area, from, to, "", Set.of(), Set.of());
        }
        String lower = words.toLowerCase(Locale.ROOT);
        Set<String> whats = new HashSet<>();
        Set<String> fields = new HashSet<>();
        for (String key : bundle.keySet()) {
            if (!bundle.getString(key).toLowerCase(Locale.ROOT).contains(lower)) {
                continue;
            }
            if (key.startsWith(WHAT)) {
                whats.add(key.substring(WHAT.length()));
            } else if (key.startsWith(FIELD)) {
                fields.add(key.substring(FIELD.length()));
            } else if (LABEL_FIELDS.stream().anyMatch(key::startsWith)) {
                fields.add(key);
            }
        }
        return new AuditFilter(area, from, to, words, whats, fields);
    }
}
