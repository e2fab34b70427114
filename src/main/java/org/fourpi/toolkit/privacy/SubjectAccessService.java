package org.fourpi.toolkit.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.spreadsheet.SheetCells;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;

/**
 * "Everything we hold about this person": a new folder with every record that refers to them
 * (records.xlsx, one sheet for each kind), the files kept for them, and a plain summary (summary.pdf).
 */
public final class SubjectAccessService {

    static final String RECORDS_FILE = "records.xlsx";
    static final String SUMMARY_FILE = "summary.pdf";
    static final String ATTACHMENTS_FOLDER = "Attachments";
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Database database;
    private final Clock clock;
    private final HeldFiles files;
    private final SubjectAccessSummary summary;
    private final Messages messages;
    private final PrivacyRepository repository = new PrivacyRepository();

    public SubjectAccessService(Database database, Clock clock, HeldFiles files, SubjectAccessSummary summary,
                                Messages messages) {
        this.database = database;
        this.clock = clock;
        this.files = files;
        this.summary = summary;
        this.messages = messages;
    }

    /** The names of the tables covered, in lower case: every table that refers to a person. */
    public static Set<String> coveredTables() {
        Set<String> names = new LinkedHashSet<>();
        PrivacyRepository.PERSON_TABLES.forEach(t -> names.add(t.name()));
        return names;
    }

    /** The name of the folder made for a person on a day: their name and the date, safe for any computer. */
    public static String folderName(String personName, LocalDate on) {
        String safe = personName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip().replaceAll("[. ]+$", "");
        return (safe.isEmpty() ? "Person" : safe) + " " + on;
    }

    /**
     * Makes the folder for one person inside {@code parent}; call it away from the JavaFX thread.
     *
     * @throws UncheckedIOException when the folder or a file in it cannot be written
     */
    public SubjectAccessResult save(long personId, Path parent, Progress progress) {
        DSLContext db = database.dsl();
        String name = repository.nameOf(db, personId);
        if (name.isEmpty() && repository.identity(db, personId).isEmpty()) {
            throw new IllegalArgumentException("No person " + personId);
        }
        List<PrivacyRepository.HeldFile> held = repository.files(db, personId);
        long steps = PrivacyRepository.PERSON_TABLES.size() + held.size() + 1L;
        try {
            Path folder = newFolder(parent, folderName(name, LocalDate.now(clock)));
            List<String> sheets = writeRecords(db, personId, folder.resolve(RECORDS_FILE), steps, progress);
            List<SubjectAccessSummary.FileNote> notes = new ArrayList<>();
            int copied = 0;
            int done = PrivacyRepository.PERSON_TABLES.size();
            Set<String> used = new HashSet<>();
            for (PrivacyRepository.HeldFile file : held) {
                progress.update(done++, steps, messages.text("privacy.access.progress.files"));
                Path attachments = Files.createDirectories(folder.resolve(ATTACHMENTS_FOLDER));
                String fileName = unique(safeFileName(file.fileName()), used);
                boolean found = files.copy(file, attachments.resolve(fileName));
                if (found) {
                    copied++;
                }
                notes.add(new SubjectAccessSummary.FileNote(fileName, file.kind() == PrivacyRepository.HeldFile.Kind.DOCUMENT,
                        file.about(), found));
            }
            progress.update(done, steps, messages.text("privacy.access.progress.summary"));
            summary.write(personId, folder.resolve(SUMMARY_FILE), sheets, notes, repository.meetings(db, personId),
                    repository.assessments(db, personId));
            progress.update(steps, steps, messages.text("privacy.access.progress.summary"));
            return new SubjectAccessResult(folder, sheets, copied, held.size() - copied);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path newFolder(Path parent, String name) throws IOException {
        Path folder = parent.resolve(name);
        for (int n = 2; Files.exists(folder); n++) {
            folder = parent.resolve(name + " (" + n + ")");
        }
        return Files.createDirectories(folder);
    }

    private List<String> writeRecords(DSLContext db, long personId, Path file, long steps, Progress progress)
            throws IOException {
        List<String> sheets = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetCells cells = new SheetCells(workbook);
            int done = 0;
            for (PrivacyRepository.PersonTable table : PrivacyRepository.PERSON_TABLES) {
                progress.update(done++, steps, messages.text("privacy.access.progress.records"));
                String sheetName = readable(table.name());
                sheets.add(sheetName);
                writeSheet(workbook.createSheet(sheetName), cells, repository.rows(db, table, personId));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return sheets;
    }

    private void writeSheet(Sheet sheet, SheetCells cells, Result<Record> rows) {
        Field<?>[] fields = rows.fields();
        int[] widths = new int[fields.length];
        Row header = sheet.createRow(0);
        for (int c = 0; c < fields.length; c++) {
            widths[c] = cells.header(header.createCell(c), readable(fields[c].getName()));
        }
        int r = 1;
        for (Record record : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < fields.length; c++) {
                widths[c] = Math.max(widths[c], cells.value(row.createCell(c), shown(record.get(c))));
            }
        }
        SheetCells.finishTable(sheet, r - 1, widths, 8, 60);
    }

    private Object shown(Object value) {
        return switch (value) {
            case Boolean yes -> messages.text(yes ? "privacy.access.yes" : "privacy.access.no");
            case LocalDateTime at -> DAY_AND_TIME.format(at);
            case LocalTime at -> TIME.format(at);
            case byte[] bytes -> messages.text("privacy.access.bytes", bytes.length);
            case null -> null;
            default -> value;
        };
    }

    /** "FIRST_NAME" or "person_payment_preferences" as "First name", "Person payment preferences". */
    static String readable(String name) {
        String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        String text = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return text.length() > 31 ? text.substring(0, 31) : text;
    }

    static String safeFileName(String name) {
        String safe = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return safe.isEmpty() || safe.matches("\\.+") ? "file" : safe;
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + " (" + n + ")" + ext;
        }
        return candidate;
    }
}
