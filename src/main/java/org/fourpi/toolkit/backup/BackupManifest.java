package org.fourpi.toolkit.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The list inside a backup: when and by which version it was made, why, whether its data is locked
 * with a key, how many records it holds (only when the data is not locked, so the zip holds nothing in
 * plain words that the data folder keeps locked) and every file with its size and checksum.
 */
record BackupManifest(LocalDateTime madeAt, String programVersion, int format, int schemaVersion,
                      BackupKind kind, boolean encrypted, Optional<BackupCounts> counts, List<Entry> files) {

    static final String NAME = "manifest.properties";
    static final String PROGRAM = "4PI Involvement Toolkit";
    static final int FORMAT = 1;

    /** One file in the backup: its name in the zip, size in bytes and CRC-32. */
    record Entry(String name, long size, long crc) {
    }

    void writeTo(OutputStream out) throws IOException {
        Properties p = new Properties();
        p.setProperty("program", PROGRAM);
        p.setProperty("format", Integer.toString(format));
        p.setProperty("made.at", madeAt.toString());
        p.setProperty("program.version", programVersion);
        p.setProperty("schema.version", Integer.toString(schemaVersion));
        p.setProperty("kind", kind.name());
        p.setProperty("encrypted", Boolean.toString(encrypted));
        counts.ifPresent(c -> {
            p.setProperty("count.people", Long.toString(c.people()));
            p.setProperty("count.meetings", Long.toString(c.meetings()));
            p.setProperty("count.claims", Long.toString(c.claims()));
            p.setProperty("count.assessments", Long.toString(c.assessments()));
            p.setProperty("count.attachments", Long.toString(c.attachments()));
        });
        p.setProperty("file.count", Integer.toString(files.size()));
        for (int i = 0; i < files.size(); i++) {
            Entry e = files.get(i);
            p.setProperty("file." + i + ".name", e.name());
            p.setProperty("file." + i + ".size", Long.toString(e.size()));
            p.setProperty("file." + i + ".crc", Long.toString(e.crc()));
        }
        StringWriter text = new StringWriter();
        p.store(text, null);
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a manifest.
     *
     * @throws BackupProblem NOT_OURS when it is not one this program wrote, NEWER_VERSION when a newer
     *                       program wrote it, DAMAGED when it cannot be read
     */
    static BackupManifest readFrom(InputStream in) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(in.readNBytes(1_000_000), StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw new BackupProblem(BackupProblem.Reason.DAMAGED, e);
        }
        if (!PROGRAM.equals(p.getProperty("program"))) {
            throw new BackupProblem(BackupProblem.Reason.NOT_OURS, null);
        }
        try {
            int format = Integer.parseInt(p.getProperty("format", ""));
            if (format > FORMAT) {
                throw new BackupProblem(BackupProblem.Reason.NEWER_VERSION, null);
            }
            boolean encrypted = Boolean.parseBoolean(p.getProperty("encrypted"));
            Optional<BackupCounts> counts = p.getProperty("count.people") == null ? Optional.empty()
                    : Optional.of(new BackupCounts(number(p, "count.people"), number(p, "count.meetings"),
                            number(p, "count.claims"), number(p, "count.assessments"),
                            number(p, "count.attachments")));
            int count = Integer.parseInt(p.getProperty("file.count", ""));
            List<Entry> files = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = p.getProperty("file." + i + ".name");
                if (name == null) {
                    throw new BackupProblem(BackupProblem.Reason.DAMAGED, null);
                }
                files.add(new Entry(name, number(p, "file." + i + ".size"), number(p, "file." + i + ".crc")));
            }
            return new BackupManifest(LocalDateTime.parse(p.getProperty("made.at", "")),
                    p.getProperty("program.version", ""), format,
                    Integer.parseInt(p.getProperty("schema.version", "")),
                    BackupKind.valueOf(p.getProperty("kind", "")), encrypted, counts, List.copyOf(files));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new BackupProblem(BackupProblem.Reason.DAMAGED, e);
        } catch (IllegalArgumentException e) {
            throw new BackupProblem(BackupProblem.Reason.DAMAGED, e);
        }
    }

    private static long number(Properties p, String key) {
        return Long.parseLong(p.getProperty(key, ""));
    }
}
