package org.fourpi.toolkit.people;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import org.fourpi.toolkit.audit.AuditArea;
import org.fourpi.toolkit.audit.AuditChange;
import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.common.validation.Formats;
import org.fourpi.toolkit.settings.PreferencesService;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports people from a spreadsheet in three steps: read the file, preview what each row would do
 * (nothing is saved), then save the whole batch in one transaction. The last import can be undone.
 * Long steps report progress and stop between rows when asked; stopping saves nothing.
 */
public final class PeopleImportService {

    private static final Logger LOG = LoggerFactory.getLogger(PeopleImportService.class);
    private static final int PROGRESS_EVERY = 250;
    private static final String MAPPING_KEY_PREFIX = "people_import_mapping_";

    private final Database database;
    private final Clock clock;
    private final PeopleService people;
    private final Messages messages;
    private final SpreadsheetReader reader;
    private final PeopleImportValues values;
    private final PeopleRepository peopleRepository = new PeopleRepository();
    private final ImportBatchRepository batches = new ImportBatchRepository();
    private final PeopleBatchRepository peopleBatches = new PeopleBatchRepository();
    private final PreferencesService preferences;
    /** The last preview made, to save without checking every row again while the register is unchanged. */
    private volatile CheckedPreview lastPreview;

    public PeopleImportService(Database database, Clock clock, PeopleService people, PreferencesService preferences,
                               Messages messages) {
        this.preferences = preferences;
        this.database = database;
        this.clock = clock;
        this.people = people;
        this.messages = messages;
        this.reader = new SpreadsheetReader(messages);
        this.values = new PeopleImportValues(messages);
    }

    /**
     * Reads an .xlsx or .csv file and suggests how its columns fill a person's record: the mapping
     * last used for the same headings, or else a guess from the headings.
     *
     * @throws SpreadsheetRefusedException when the file is refused; its message says why, in plain words
     * @throws CancellationException when the progress asked to stop
     */
    public PeopleImportSheet read(Path file, Progress progress) {
        SpreadsheetReader.Table table = reader.read(file, progress);
        Optional<PeopleImportMapping> remembered = preferences.value(mappingKey(table.headers()))
                .map(text -> PeopleImportMapping.decode(text, table.headers().size()));
        PeopleImportMapping mapping = remembered.orElseGet(() -> values.guess(table.headers()));
        return new PeopleImportSheet(SpreadsheetReader.fileName(file), table.headers(), table.rows(), mapping,
                remembered.isPresent());
    }

    /**
     * What importing the sheet with this mapping would do, row by row. Nothing is saved.
     *
     * @throws CancellationException when the progress asked to stop
     */
    public PeopleImportPreview preview(PeopleImportSheet sheet, PeopleImportMapping mapping, Progress progress) {
        LocalDate today = people.today();
        List<Person> register = peopleRepository.all(database.dsl());
        PeopleImportPreview preview = classify(sheet, mapping, register, progress);
        lastPreview = new CheckedPreview(preview, register, today);
        return preview;
    }

    /**
     * A preview with the register and the day it was checked against. Checking again gives the same
     * rows while both are the same, so saving it then need not check every row a second time.
     */
    private record CheckedPreview(PeopleImportPreview preview, List<Person> register, LocalDate today) {

        boolean stillHolds(PeopleImportPreview asked, List<Person> registerNow, LocalDate todayNow) {
            return preview == asked && today.equals(todayNow) && register.equals(registerNow);
        }
    }

    /**
     * Saves the preview's new and updated people in one transaction, and records the import so it
     * can be undone. The rows are checked again against the register as it is now, unless it is the
     * same as when this preview was made (then the preview's own checks stand). Duplicates are
     * always skipped; rows in error only when {@code skipRowsInError} is true. The mapping is
     * remembered for the next file with the same headings.
     *
     * @throws IllegalStateException when a row is in error and {@code skipRowsInError} is false; nothing is saved
     * @throws CancellationException when the progress asked to stop; nothing is saved
     */
    public PeopleImportResult commit(PeopleImportPreview preview, boolean skipRowsInError, Progress progress) {
        PeopleImportResult result = save(preview, skipRowsInError, progress);
        preferences.remember(mappingKey(preview.sheet().headers()), preview.mapping().encode());
        return result;
    }

    private PeopleImportResult save(PeopleImportPreview preview, boolean skipRowsInError, Progress progress) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = people.today();
        CheckedPreview checked = lastPreview;
        PeopleImportResult saved = database.transactionResult(db -> {
            List<Person> register = peopleRepository.all(db);
            PeopleImportPreview fresh = checked != null && checked.stillHolds(preview, register, today) ? preview
                    : classify(preview.sheet(), preview.mapping(), register, progress);
            int errors = (int) fresh.count(PeopleImportPreview.Outcome.ERROR);
            if (fresh.hasErrors() && !skipRowsInError) {
                throw new IllegalStateException(messages.text("import.commit.rowsInError", errors));
            }
            List<PeopleImportPreview.Row> toSave = fresh.rows().stream()
                    .filter(r -> r.outcome() == PeopleImportPreview.Outcome.NEW
                            || r.outcome() == PeopleImportPreview.Outcome.UPDATE)
                    .toList();
            int created = (int) fresh.count(PeopleImportPreview.Outcome.NEW);
            int updated = (int) fresh.count(PeopleImportPreview.Outcome.UPDATE);
            int duplicates = (int) fresh.count(PeopleImportPreview.Outcome.DUPLICATE);
            if (toSave.isEmpty()) {
                return new PeopleImportResult(null, 0, 0, duplicates, errors);
            }
            long batchId = batches.insert(db, preview.sheet().fileName(), now, created, updated);
            Map<Long, Person> registerById = new HashMap<>(register.size() * 2);
            register.forEach(p -> registerById.put(p.id(), p));
            recordChanges(db, batchId, toSave, registerById);
            String statusNote = messages.text("import.history.imported", preview.sheet().fileName());
            PeopleBatchRepository.Stamp stamp = new PeopleBatchRepository.Stamp(now, today, batchId, statusNote);
            for (int from = 0; from < toSave.size(); from += PROGRESS_EVERY) {
                stopIfAsked(progress);
                progress.update(from, toSave.size(), messages.text("import.progress.saving", from, toSave.size()));
                List<Person> chunk = toSave.subList(from, Math.min(toSave.size(), from + PROGRESS_EVERY)).stream()
                        .map(PeopleImportPreview.Row::person).toList();
                peopleBatches.write(db, chunk, registerById, stamp);
            }
            progress.update(toSave.size(), toSave.size(),
                    messages.text("import.progress.saving", toSave.size(), toSave.size()));
            people.audit().record(db, List.of(
                    new AuditChange(AuditArea.PEOPLE, "peopleImport.done", batchId, null, "file", null,
                            preview.sheet().fileName()),
                    new AuditChange(AuditArea.PEOPLE, "peopleImport.done", batchId, null, "peopleAdded", null,
                            Integer.toString(created)),
                    new AuditChange(AuditArea.PEOPLE, "peopleImport.done", batchId, null, "peopleUpdated", null,
                            Integer.toString(updated))));
            return new PeopleImportResult(batchId, created, updated, duplicates, errors);
        });
        if (saved.batchId() != null && checked != null && checked.preview() == preview) {
            lastPreview = null; // the register has changed: let the preview and its register go
        }
        return saved;
    }

    /** The most recent import that has not been undone, if any. */
    public Optional<ImportBatch> lastImport() {
        return batches.lastNotUndone(database.dsl());
    }

    /**
     * What undoing the most recent import would do now, to ask before doing it. Nothing is changed.
     *
     * @return empty when there is nothing to undo
     */
    public Optional<PeopleImportUndo> previewUndo() {
        DSLContext db = database.dsl();
        return batches.lastNotUndone(db).map(batch -> {
            UndoPlan plan = planUndo(db, batch.id());
            return new PeopleImportUndo(batch, batches.countPeopleCreatedBy(db, batch.id()), plan.valuesPutBack(),
                    plan.valuesChangedSince());
        });
    }

    /**
     * Undoes the most recent import not yet undone, in one transaction: removes the people it added
     * (with everything recorded about them since, and the files of their documents), puts back the
     * values it changed for people it updated, and marks it undone. A value someone has changed
     * since the import is left as it is now. A status put back is added to the person's history.
     *
     * @return what was undone, or empty when there is nothing to undo
     */
    public Optional<PeopleImportUndo> undo() {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Undone> undone = database.transactionResult(db -> {
            Optional<ImportBatch> last = batches.lastNotUndone(db);
            if (last.isEmpty()) {
                return Optional.empty();
            }
            long batchId = last.get().id();
            UndoPlan plan = planUndo(db, batchId);
            people.saveAllIn(db, plan.restored(), null,
                    messages.text("import.history.undone", last.get().fileName()));
            List<String> files = batches.storedDocumentsOfPeopleCreatedBy(db, batchId);
            int removed = batches.deletePeopleCreatedBy(db, batchId);
            batches.markUndone(db, batchId, now);
            people.audit().record(db, List.of(
                    new AuditChange(AuditArea.PEOPLE, "peopleImport.undone", batchId, null, "file",
                            last.get().fileName(), null),
                    new AuditChange(AuditArea.PEOPLE, "peopleImport.undone", batchId, null, "peopleRemoved",
                            null, Integer.toString(removed)),
                    new AuditChange(AuditArea.PEOPLE, "peopleImport.undone", batchId, null, "valuesPutBack",
                            null, Integer.toString(plan.valuesPutBack()))));
            return Optional.of(new Undone(new PeopleImportUndo(batches.find(db, batchId).orElseThrow(), removed,
                    plan.valuesPutBack(), plan.valuesChangedSince()), files));
        });
        // Only now that the records are gone for good: a rolled-back undo must still find its files.
        undone.ifPresent(u -> {
            List<String> left = people.deleteDocumentFiles(u.files());
            if (!left.isEmpty()) {
                LOG.warn("Undoing import {} could not delete {} document file(s) from the data folder: {}",
                        u.result().batch().id(), left.size(), left);
            }
        });
        return undone.map(Undone::result);
    }

    /** An undo done, with the stored documents of the people it removed, to delete after it commits. */
    private record Undone(PeopleImportUndo result, List<String> files) {
    }

    /** The people an undo would put back as they were, and how many values it would and would not put back. */
    private record UndoPlan(List<Person> restored, int valuesPutBack, int valuesChangedSince) {
    }

    /**
     * Works out what undoing an import would put back. A value is put back only while it is still what
     * the import wrote; one already back as it was needs nothing; any other has been changed since.
     */
    private UndoPlan planUndo(DSLContext db, long batchId) {
        List<Person> restored = new ArrayList<>();
        int putBack = 0;
        int changedSince = 0;
        for (var entry : batches.changes(db, batchId).entrySet()) {
            Optional<Person> found = peopleRepository.find(db, entry.getKey());
            if (found.isEmpty()) {
                continue;
            }
            Person person = found.get();
            PeopleImportDraft draft = PeopleImportDraft.of(person);
            boolean changed = false;
            for (var field : entry.getValue().entrySet()) {
                PeopleImportColumn column = field.getKey();
                ImportBatchRepository.Change change = field.getValue();
                String now = PeopleImportDraft.encode(PeopleImportDraft.valueOf(person, column));
                if (Objects.equals(now, change.newValue())) {
                    draft.set(column, PeopleImportDraft.decode(column, change.oldValue()));
                    putBack++;
                    changed = true;
                } else if (!Objects.equals(now, change.oldValue())) {
                    changedSince++;
                }
            }
            if (changed) {
                restored.add(draft.toPerson());
            }
        }
        return new UndoPlan(restored, putBack, changedSince);
    }

    // ---- classifying rows ------------------------------------------------------------------------

    private PeopleImportPreview classify(PeopleImportSheet sheet, PeopleImportMapping mapping, List<Person> register,
                                         Progress progress) {
        List<String> mappingProblems = new ArrayList<>();
        if (!mapping.fills(PeopleImportColumn.FIRST_NAME)) {
            mappingProblems.add(messages.text("import.mapping.noFirstName",
                    messages.text(PeopleImportColumn.FIRST_NAME.labelKey())));
        }
        Classifier classifier = new Classifier(sheet, mapping, register);
        List<PeopleImportPreview.Row> rows = new ArrayList<>(sheet.rows().size());
        int total = sheet.rows().size();
        for (int i = 0; i < total; i++) {
            if (i % PROGRESS_EVERY == 0) {
                stopIfAsked(progress);
                progress.update(i, total, messages.text("import.progress.checking", i + 1, total));
            }
            rows.add(classifier.classify(sheet.rows().get(i)));
        }
        progress.update(total, total, messages.text("import.progress.checking", total, total));
        return new PeopleImportPreview(sheet, mapping, rows, mappingProblems);
    }

    /** Works out what each row would do, remembering the rows before it to spot repeats. */
    private final class Classifier {
        private final PeopleImportSheet sheet;
        private final PeopleImportMapping mapping;
        private final Register register;
        /** Rows already accepted, by their cells' text, by name with email or phone, and by the person they update. */
        private final Map<String, Integer> rowByContent = new HashMap<>();
        private final Map<String, Integer> rowByContact = new HashMap<>();
        private final Map<Long, Integer> rowByPerson = new HashMap<>();

        Classifier(PeopleImportSheet sheet, PeopleImportMapping mapping, List<Person> people) {
            this.sheet = sheet;
            this.mapping = mapping;
            this.register = new Register(people);
        }

        PeopleImportPreview.Row classify(PeopleImportSheet.Row row) {
            List<PeopleImportPreview.Problem> problems = new ArrayList<>();
            Map<PeopleImportColumn, Object> given = parseCells(row, problems);
            if (!problems.isEmpty()) {
                return error(row, problems);
            }
            PeopleImportDraft draft = PeopleImportDraft.fresh();
            given.forEach(draft::set);
            Person incoming = draft.toPerson();
            StringBuilder cells = new StringBuilder(128);
            boolean first = true;
            for (Integer index : mapping.asMap().keySet()) {
                if (!first) {
                    cells.append('\u001F');
                }
                first = false;
                cells.append(PeopleImportValues.normalise(row.cell(index)));
            }
            String content = cells.toString();
            Integer sameContent = rowByContent.get(content);
            if (sameContent != null) {
                return duplicate(row, incoming, null, messages.text("import.note.repeatsRow", sameContent));
            }
            List<String> contactKeys = contactKeys(incoming);
            for (String key : contactKeys) {
                Integer earlier = rowByContact.get(key);
                if (earlier != null) {
                    return duplicate(row, incoming, null, messages.text("import.note.sameAsRow", earlier));
                }
            }

            List<Person> matches = register.matching(incoming, contactKeys);
            if (matches.size() > 1) {
                return error(row, List.of(new PeopleImportPreview.Problem(row.number(), -1,
                        messages.text("import.problem.severalMatches", row.number(), matches.size()))));
            }
            Person existing = matches.isEmpty() ? null : matches.getFirst();
            Person merged;
            try {
                merged = people.check(existing == null ? incoming : merge(existing, given));
            } catch (InvalidPersonException invalid) {
                invalid.problems().forEach((field, problem) -> problems.add(problem(sheet, mapping, row.number(),
                        PeopleImportColumn.of(field), problem.labelKey(), field.rule().maxLength())));
                problems.sort(Comparator.comparingInt(PeopleImportPreview.Problem::columnIndex));
                return error(row, problems);
            }
            rowByContent.putIfAbsent(content, row.number());
            contactKeys.forEach(key -> rowByContact.putIfAbsent(key, row.number()));
            if (existing == null) {
                return new PeopleImportPreview.Row(row.number(), PeopleImportPreview.Outcome.NEW, merged, null,
                        Set.of(), List.of(), "");
            }
            Integer earlierForPerson = rowByPerson.putIfAbsent(existing.id(), row.number());
            if (earlierForPerson != null) {
                return duplicate(row, merged, existing.id(),
                        messages.text("import.note.sameAsRow", earlierForPerson));
            }
            Set<PeopleImportColumn> changes = PeopleImportDraft.differences(existing, merged);
            if (changes.isEmpty()) {
                return duplicate(row, existing, existing.id(),
                        messages.text("import.note.sameAsRegister", existing.displayName()));
            }
            String changed = changes.stream().map(c -> messages.text(c.labelKey())).collect(Collectors.joining(", "));
            return new PeopleImportPreview.Row(row.number(), PeopleImportPreview.Outcome.UPDATE, merged,
                    existing.id(), changes, List.of(), messages.text("import.note.update", existing.displayName(),
                    changed));
        }

        /** The values of the cells that hold something; a cell that cannot be read adds a problem instead. */
        private Map<PeopleImportColumn, Object> parseCells(PeopleImportSheet.Row row,
                                                           List<PeopleImportPreview.Problem> problems) {
            Map<PeopleImportColumn, Object> given = new EnumMap<>(PeopleImportColumn.class);
            mapping.asMap().forEach((index, column) -> {
                try {
                    Object value = parse(column, row.cell(index));
                    if (value != null) {
                        given.put(column, value);
                    }
                } catch (PeopleImportValues.BadValue bad) {
                    PeopleImportPreview.Problem problem = problem(sheet, mapping, row.number(), column, bad.key(),
                            bad.args());
                    problems.add(bad.hint().isEmpty() ? problem : new PeopleImportPreview.Problem(
                            problem.rowNumber(), problem.columnIndex(), problem.message() + " " + bad.hint()));
                }
            });
            return given;
        }
    }

    /**
     * A person already in the register with the cells that hold something applied: a blank cell leaves
     * what is recorded. Name and email matched without regard to case, so "jo" in a file does not
     * rename "Jo".
     */
    private static Person merge(Person existing, Map<PeopleImportColumn, Object> given) {
        PeopleImportDraft draft = PeopleImportDraft.of(existing);
        given.forEach((column, value) -> {
            boolean sameButForCase = value instanceof String text
                    && PeopleImportDraft.valueOf(existing, column) instanceof String old
                    && EnumSet.of(PeopleImportColumn.FIRST_NAME, PeopleImportColumn.LAST_NAME,
                            PeopleImportColumn.EMAIL).contains(column)
                    && text.equalsIgnoreCase(old);
            if (!sameButForCase) {
                draft.set(column, value);
            }
        });
        return draft.toPerson();
    }

    private static PeopleImportPreview.Row duplicate(PeopleImportSheet.Row row, Person person, Long existingId,
                                                     String note) {
        return new PeopleImportPreview.Row(row.number(), PeopleImportPreview.Outcome.DUPLICATE, person, existingId,
                Set.of(), List.of(), note);
    }

    private Object parse(PeopleImportColumn column, String cell) throws PeopleImportValues.BadValue {
        return switch (column) {
            case PERSPECTIVE -> values.choice(cell, Perspective.class);
            case STATUS -> values.choice(cell, InvolvementStatus.class);
            case PREFERRED_CONTACT -> values.choice(cell, ContactMethod.class);
            case ROLES -> emptyToNull(values.choices(cell, Role.class));
            case LEVELS -> emptyToNull(values.choices(cell, InvolvementLevel.class));
            case ACCESS_NEEDS -> emptyToNull(values.choices(cell, AccessNeed.class));
            case LISTED_IN_PACKS -> PeopleImportValues.yesNo(cell);
            case DATE_OF_BIRTH -> PeopleImportValues.dateOfBirth(cell, people.today());
            case PHONE -> emptyToNull(PeopleImportValues.phone(cell));
            default -> emptyToNull(PeopleImportValues.text(cell));
        };
    }

    private static Object emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static Object emptyToNull(Set<?> set) {
        return set.isEmpty() ? null : set;
    }

    private static PeopleImportPreview.Row error(PeopleImportSheet.Row row, List<PeopleImportPreview.Problem> problems) {
        return new PeopleImportPreview.Row(row.number(), PeopleImportPreview.Outcome.ERROR, null, null, Set.of(),
                problems, "");
    }

    /** A problem whose sentence starts with where it is: "Row 5, column C, Email: ...". */
    private PeopleImportPreview.Problem problem(PeopleImportSheet sheet, PeopleImportMapping mapping, int rowNumber,
                                                PeopleImportColumn column, String key, Object... args) {
        Optional<Integer> index = mapping.indexOf(column);
        String where;
        if (index.isPresent()) {
            String letter = PeopleImportSheet.columnLetter(index.get());
            String header = sheet.header(index.get());
            where = header.isBlank() ? messages.text("import.location.columnNoHeading", letter)
                    : messages.text("import.location.column", letter, header);
        } else {
            where = messages.text(column.labelKey());
        }
        String place = messages.text("import.location.row", rowNumber, where);
        Object[] all = new Object[args.length + 1];
        all[0] = place;
        System.arraycopy(args, 0, all, 1, args.length);
        return new PeopleImportPreview.Problem(rowNumber, index.orElse(-1), messages.text(key, all));
    }

    // ---- matching --------------------------------------------------------------------------------

    /** The register, indexed by name, to find a person with the same name and the same email or phone. */
    private static final class Register {
        private final Map<String, List<Person>> byName = new HashMap<>();

        Register(List<Person> people) {
            for (Person p : people) {
                byName.computeIfAbsent(nameKey(p), k -> new ArrayList<>()).add(p);
            }
        }

        /** @param keys the incoming person's contact keys, name with email and name with phone */
        List<Person> matching(Person incoming, List<String> keys) {
            if (keys.isEmpty()) {
                return List.of();
            }
            List<Person> sameName = byName.get(nameKey(incoming));
            if (sameName == null) {
                return List.of();
            }
            return sameName.stream()
                    .filter(p -> contactKeys(p).stream().anyMatch(keys::contains))
                    .toList();
        }
    }

    private static String nameKey(Person p) {
        return p.firstName().toLowerCase(Locale.ROOT) + "\u001F" + p.lastName().toLowerCase(Locale.ROOT);
    }

    /** Name with email, and name with phone digits (+44 read as 0): either one identifies a person. */
    private static List<String> contactKeys(Person p) {
        List<String> keys = new ArrayList<>(2);
        if (p.firstName().isEmpty()) {
            return keys;
        }
        if (!p.email().isEmpty()) {
            keys.add(nameKey(p) + "\u001Fe:" + p.email().toLowerCase(Locale.ROOT));
        }
        String digits = Formats.ukPhoneDigits(p.phone());
        if (!digits.isEmpty()) {
            keys.add(nameKey(p) + "\u001Fp:" + digits);
        }
        return keys;
    }

    // ---- saving ------------------------------------------------------------------------------------

    /**
     * For each person updated, the value each changed field had and the value the import writes.
     *
     * @param register everyone as they are in this transaction, by id
     */
    private void recordChanges(DSLContext db, long batchId, List<PeopleImportPreview.Row> rows,
                               Map<Long, Person> register) {
        List<ImportBatchRepository.FieldChange> changes = new ArrayList<>();
        for (PeopleImportPreview.Row row : rows) {
            if (row.outcome() != PeopleImportPreview.Outcome.UPDATE) {
                continue;
            }
            Person old = Objects.requireNonNull(register.get(row.existingId()), "No person " + row.existingId());
            for (PeopleImportColumn column : row.changes()) {
                changes.add(new ImportBatchRepository.FieldChange(row.existingId(), column,
                        new ImportBatchRepository.Change(
                                PeopleImportDraft.encode(PeopleImportDraft.valueOf(old, column)),
                                PeopleImportDraft.encode(PeopleImportDraft.valueOf(row.person(), column)))));
            }
        }
        batches.addChanges(db, batchId, changes);
    }

    private static void stopIfAsked(Progress progress) {
        if (progress.isCancelRequested()) {
            throw new CancellationException("Stopped on request");
        }
    }

    /** The preference under which the mapping for these headings is remembered. */
    static String mappingKey(List<String> headers) {
        String joined = headers.stream().map(PeopleImportValues::normalise).collect(Collectors.joining("\u001F"));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return MAPPING_KEY_PREFIX + HexFormat.of().formatHex(hash, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
