package org.fourpi.toolkit.people;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fourpi.toolkit.audit.AuditArea;
import org.fourpi.toolkit.audit.AuditChange;
import org.fourpi.toolkit.audit.AuditTrail;
import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.files.AttachmentStore;
import org.fourpi.toolkit.common.files.FileSignature;
import org.fourpi.toolkit.common.validation.Formats;
import org.fourpi.toolkit.common.validation.Problem;

/**
 * The register of people: saving records with their dated involvement history, consent, role
 * descriptions, and the likely-duplicate check. Equality monitoring has its own service.
 */
public final class PeopleService {

    /** Role descriptions and similar papers; larger files belong elsewhere. */
    public static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    private final Database database;
    private final Clock clock;
    private final AttachmentStore attachments;
    private final PeopleRepository repository = new PeopleRepository();
    private final AuditTrail audit;

    public PeopleService(Database database, Clock clock, AttachmentStore attachments) {
        this(database, clock, attachments, AuditTrail.NONE);
    }

    /** @param audit where each change is written, in the change's own transaction */
    public PeopleService(Database database, Clock clock, AttachmentStore attachments, AuditTrail audit) {
        this.database = database;
        this.clock = clock;
        this.attachments = attachments;
        this.audit = audit;
    }

    /** The fields of a record whose changes are logged one by one, by the key the log keeps. */
    private static final List<Map.Entry<String, java.util.function.Function<Person, Object>>> LOGGED_FIELDS = List.of(
            Map.entry("firstName", Person::firstName), Map.entry("lastName", Person::lastName),
            Map.entry("knownAs", Person::knownAs), Map.entry("perspective", Person::perspective),
            Map.entry("roles", Person::roles), Map.entry("otherRole", Person::otherRole),
            Map.entry("levels", Person::levels), Map.entry("email", Person::email),
            Map.entry("phone", Person::phone), Map.entry("address", Person::address),
            Map.entry("postcode", Person::postcode), Map.entry("preferredContact", Person::preferredContact),
            Map.entry("listedInPacks", Person::listedInPacks), Map.entry("dateOfBirth", Person::dateOfBirth),
            Map.entry("needs", Person::needs), Map.entry("preferredTimes", Person::preferredTimes),
            Map.entry("otherNeeds", Person::otherNeeds));
    private static final java.util.Set<String> NEEDS_FIELDS = java.util.Set.of("needs", "preferredTimes", "otherNeeds");

    /** Each field that differs, as an entry for the log: access needs as their own kind of change. */
    static List<AuditChange> changes(Person before, Person after) {
        List<AuditChange> changes = new java.util.ArrayList<>();
        for (var field : LOGGED_FIELDS) {
            Object was = field.getValue().apply(before);
            Object is = field.getValue().apply(after);
            if (!java.util.Objects.equals(was, is)) {
                changes.add(new AuditChange(AuditArea.PEOPLE,
                        NEEDS_FIELDS.contains(field.getKey()) ? "person.needs" : "person.changed", after.id(),
                        after.id(), field.getKey(), was, is));
            }
        }
        return changes;
    }

    /** Where this register's changes are written, for the import that saves through it. */
    AuditTrail audit() {
        return audit;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Everyone, for the list: ordered by last name, then first name. Reads only what the list shows. */
    public List<PersonSummary> list() {
        return repository.summaries(database.dsl());
    }

    /** The first {@code count} people of the list, in its order: something to show while the rest are read. */
    public List<PersonSummary> listFirst(int count) {
        return repository.summaries(database.dsl(), count);
    }

    /** Everyone, with every field, for exports and imports. */
    public List<Person> all() {
        return repository.all(database.dsl());
    }

    /**
     * How many people are active now, in all and by perspective, role and level, counted by the database
     * so that it takes about as long for 20,000 people as for 20.
     */
    public ActivePeopleCounts activeCounts() {
        return repository.activeCounts(database.dsl());
    }

    /**
     * How many people active now have a document on their record with this word in its title or file
     * name, in any case and as a word of its own: "role" finds "Role description" and "expert-role.txt",
     * not "payroll".
     *
     * @param word small letters a to z only
     */
    public int activeWithDocumentWord(String word) {
        if (!word.matches("[a-z]+")) {
            throw new IllegalArgumentException("A word of small letters a to z only: " + word);
        }
        return repository.activeWithDocumentWord(database.dsl(), word);
    }

    public boolean hasPeople() {
        return repository.exists(database.dsl());
    }

    public Optional<PersonDetails> find(long id) {
        var db = database.dsl();
        return repository.find(db, id).map(person -> new PersonDetails(person, repository.history(db, id),
                repository.consents(db, id), repository.documents(db, id)));
    }

    /**
     * Saves a new or changed person in one transaction. A new person's status starts their history,
     * dated today; the status of someone already saved is left as it is (see {@link #changeStatus}).
     *
     * @throws InvalidPersonException when a field breaks the rules; nothing is saved then
     */
    public Person save(Person person) {
        Person tidy = check(person);
        LocalDateTime now = LocalDateTime.now(clock);
        return database.transactionResult(db -> {
            if (tidy.id() == null) {
                long id = repository.insert(db, tidy, now, null);
                repository.addStatusChange(db, id, tidy.status(), today(), "", now);
                audit.record(db, AuditChange.of(AuditArea.PEOPLE, "person.created", id, id, null,
                        tidy.displayName()));
                return tidy.withId(id);
            }
            // The status of someone already in the register changes only through changeStatus, with its date.
            Person before = repository.find(db, tidy.id())
                    .orElseThrow(() -> new IllegalArgumentException("No person " + tidy.id()));
            Person kept = tidy.withStatus(before.status());
            repository.update(db, kept, now);
            audit.record(db, changes(before, kept));
            return kept;
        });
    }

    /** Checks a person and writes the postcode the standard way. */
    Person check(Person person) {
        Map<PersonField, Problem> problems = PersonRules.check(person, today());
        if (!problems.isEmpty()) {
            throw new InvalidPersonException(problems);
        }
        return person.postcode().isEmpty() ? person : person.withPostcode(Formats.normalisePostcode(person.postcode()));
    }

    /**
     * Saves a batch of new and changed people in the caller's transaction, as an import and its undo
     * do. Where a change of involvement status comes with it, that is added to the person's history,
     * dated today, with {@code statusNote} (such as which import changed it).
     */
    void saveAllIn(org.jooq.DSLContext db, List<Person> people, Long importBatchId, String statusNote) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (Person p : people) {
            if (p.id() == null) {
                long id = repository.insert(db, p, now, importBatchId);
                repository.addStatusChange(db, id, p.status(), today(), "", now);
            } else {
                InvolvementStatus before = repository.statusOf(db, p.id())
                        .orElseThrow(() -> new IllegalArgumentException("No person " + p.id()));
                repository.update(db, p, now);
                if (before != p.status()) {
                    repository.addStatusChange(db, p.id(), p.status(), today(), statusNote, now);
                }
            }
        }
    }

    /**
     * Deletes the kept copies of documents whose records are gone; call it only once the transaction
     * that removed the records has committed, so a rollback never leaves a record without its file.
     *
     * @return the stored names of the files that could not be deleted
     */
    List<String> deleteDocumentFiles(List<String> storedNames) {
        List<String> left = new java.util.ArrayList<>();
        for (String name : storedNames) {
            try {
                attachments.delete(name);
            } catch (RuntimeException e) {
                left.add(name);
            }
        }
        return left;
    }

    /**
     * Records that a person started, paused or stopped taking part, on a given date, with a note.
     * Their record stays whatever the status. The change recorded last is their status now, even when
     * it is dated earlier than another (a late note that they left in October, say).
     */
    public void changeStatus(long personId, InvolvementStatus status, LocalDate effectiveOn, String note) {
        LocalDateTime now = LocalDateTime.now(clock);
        database.transaction(db -> {
            Person person = repository.find(db, personId)
                    .orElseThrow(() -> new IllegalArgumentException("No person " + personId));
            repository.update(db, person.withStatus(status), now);
            repository.addStatusChange(db, personId, status, effectiveOn, note, now);
            List<AuditChange> changes = new java.util.ArrayList<>(List.of(new AuditChange(AuditArea.PEOPLE,
                    "person.status", personId, personId, "status", person.status(), status),
                    new AuditChange(AuditArea.PEOPLE, "person.status", personId, personId, "effectiveOn", null,
                            effectiveOn)));
            if (note != null && !note.isBlank()) {
                changes.add(new AuditChange(AuditArea.PEOPLE, "person.status", personId, personId, "note", null,
                        note.strip()));
            }
            audit.record(db, changes);
        });
    }

    /**
     * People already in the register with the same name and the same email or phone, however the
     * phone number is written (+44 7700 900123 and 07700 900123 are the same).
     */
    public List<PersonSummary> likelyDuplicates(Person person) {
        var db = database.dsl();
        String phone = Formats.ukPhoneDigits(person.phone());
        return repository.sameName(db, person).stream()
                .flatMap(id -> repository.find(db, id).stream())
                .filter(other -> !person.email().isEmpty() && person.email().equalsIgnoreCase(other.email())
                        || !phone.isEmpty() && phone.equals(Formats.ukPhoneDigits(other.phone())))
                .map(PeopleService::summary)
                .toList();
    }

    public long recordConsent(long personId, ConsentPurpose purpose, LocalDate givenOn, ConsentMethod method,
                              String wordingVersion) {
        if (givenOn.isAfter(today())) {
            throw new IllegalArgumentException("Consent cannot be given in the future");
        }
        return database.transactionResult(db -> {
            long id = repository.addConsent(db, personId, purpose, givenOn, method,
                    wordingVersion == null || wordingVersion.isBlank() ? "not recorded" : wordingVersion.strip(),
                    LocalDateTime.now(clock));
            audit.record(db, List.of(
                    new AuditChange(AuditArea.PEOPLE, "person.consent.given", id, personId, "purpose", null, purpose),
                    new AuditChange(AuditArea.PEOPLE, "person.consent.given", id, personId, "givenOn", null, givenOn),
                    new AuditChange(AuditArea.PEOPLE, "person.consent.given", id, personId, "method", null, method)));
            return id;
        });
    }

    /**
     * Withdraws a consent, dated today. When it was consent to equality monitoring, their answers
     * are removed too and they count in no equality figure from then on.
     */
    public void withdrawConsent(long consentId, EqualityService equality) {
        database.transaction(db -> {
            if (!repository.withdrawConsent(db, consentId, today())) {
                return;
            }
            long personId = repository.personOfConsent(db, consentId).orElseThrow();
            Optional<Consent> consent = repository.consents(db, personId).stream()
                    .filter(c -> c.id() == consentId).findFirst();
            boolean equalityConsent = consent.map(c -> c.purpose() == ConsentPurpose.EQUALITY_MONITORING)
                    .orElse(false);
            audit.record(db, new AuditChange(AuditArea.PEOPLE, "person.consent.withdrawn", consentId, personId,
                    "purpose", consent.map(Consent::purpose).orElse(null), null));
            if (equalityConsent) {
                equality.recordObjectionIn(db, personId, today());
            }
        });
    }

    /**
     * Keeps a copy of a document (such as a role description) in the data folder, listed on the
     * person's record.
     *
     * @throws AttachmentStore.RefusedException when it is too large or cannot be read
     * @throws InvalidDocumentException when it is empty, not an ordinary file, or not what its name says
     */
    public PersonDocument addDocument(long personId, Path file, String title) {
        checkDocument(file);
        AttachmentStore.Stored stored = attachments.store(file, MAX_DOCUMENT_BYTES);
        String fileName = file.getFileName().toString();
        String cleanTitle = title == null || title.isBlank() ? fileName : title.strip();
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            long id = database.transactionResult(db -> {
                long added = repository.addDocument(db, personId, cleanTitle, fileName, stored.storedName(),
                        stored.sizeBytes(), now);
                audit.record(db, AuditChange.of(AuditArea.PEOPLE, "person.document.added", added, personId, null,
                        cleanTitle.equals(fileName) ? fileName : cleanTitle + " (" + fileName + ")"));
                return added;
            });
            return new PersonDocument(id, cleanTitle, fileName, stored.sizeBytes(), now);
        } catch (RuntimeException e) {
            attachments.delete(stored.storedName());
            throw e;
        }
    }

    /** Refuses a file that would be no use to open later: empty, a folder or device, or not what its name says. */
    private static void checkDocument(Path file) {
        if (java.nio.file.Files.exists(file) && !FileSignature.isOrdinaryFile(file)) {
            throw new InvalidDocumentException(InvalidDocumentException.Problem.NOT_A_FILE);
        }
        byte[] head;
        try {
            if (java.nio.file.Files.size(file) > MAX_DOCUMENT_BYTES) {
                throw new AttachmentStore.RefusedException(AttachmentStore.RefusedException.Reason.TOO_LARGE, null);
            }
            head = FileSignature.head(file);
        } catch (java.io.IOException | SecurityException e) {
            throw new AttachmentStore.RefusedException(AttachmentStore.RefusedException.Reason.UNREADABLE, e);
        }
        if (head.length == 0) {
            throw new InvalidDocumentException(InvalidDocumentException.Problem.EMPTY);
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        FileSignature.contradicts(name, head).ifPresent(expected -> {
            throw new InvalidDocumentException(problemFor(name));
        });
    }

    private static InvalidDocumentException.Problem problemFor(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return switch (extension) {
            case "pdf" -> InvalidDocumentException.Problem.NOT_A_PDF;
            case "doc", "docx" -> InvalidDocumentException.Problem.NOT_A_WORD_DOCUMENT;
            case "odt" -> InvalidDocumentException.Problem.NOT_AN_OPEN_DOCUMENT;
            case "rtf" -> InvalidDocumentException.Problem.NOT_RICH_TEXT;
            case "txt" -> InvalidDocumentException.Problem.NOT_TEXT;
            default -> InvalidDocumentException.Problem.NOT_AS_NAMED;
        };
    }

    /**
     * The kept copy of a document as a file to open in the computer's viewer: the kept file, or when the
     * data is encrypted a plain copy in the data folder's temp folder.
     */
    public Optional<Path> documentFile(long documentId) {
        return repository.storedNameOf(database.dsl(), documentId).map(attachments::viewableCopy);
    }

    static PersonSummary summary(Person p) {
        return new PersonSummary(p.id(), p.displayName(), p.firstName(), p.lastName(), p.perspective(), p.roles(),
                p.levels(), p.status(), p.email(), p.phone(), p.needs(), !p.otherNeeds().isEmpty());
    }
}
