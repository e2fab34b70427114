package org.fourpi.toolkit.privacy;

import static org.fourpi.toolkit.db.Tables.ASSESSMENT_PARTICIPANT;
import static org.fourpi.toolkit.db.Tables.CLAIM;
import static org.fourpi.toolkit.db.Tables.CONSENT;
import static org.fourpi.toolkit.db.Tables.MEETING_INVITATION;
import static org.fourpi.toolkit.db.Tables.PERSON_DOCUMENT;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fourpi.toolkit.audit.AuditArea;
import org.fourpi.toolkit.audit.AuditChange;
import org.fourpi.toolkit.audit.AuditTrail;
import org.fourpi.toolkit.common.db.Database;
import org.jooq.DSLContext;

/**
 * "Erase this person": their name becomes a made-up one ("Erased person 4F2A") and everything else about
 * them is removed, in one transaction. Payment records stay under the made-up name until the accounts no
 * longer need them (see {@link RetentionRules}); meetings and self-assessments keep counting them
 * without their name.
 */
public final class ErasureService {

    /** The start of every made-up name; the rest is four letters and numbers. */
    public static final String PSEUDONYM_START = "Erased person ";

    /** Tables erasure deals with, by name: every table that refers to a person. */
    static final Set<String> HANDLED_TABLES = Set.of("person", "person_role", "person_level", "person_need",
            "person_status_change", "person_document", "consent", "equality_monitoring", "import_previous_value",
            "person_payment_preferences", "claim", "claim_line", "claim_audit", "meeting_invitation",
            "assessment_participant", "assessment_own_rating", "audit_log");

    private final Database database;
    private final Clock clock;
    private final HeldFiles files;
    private final AuditTrail audit;
    private final PrivacyRepository repository = new PrivacyRepository();
    private final SecureRandom random = new SecureRandom();

    public ErasureService(Database database, Clock clock, HeldFiles files, AuditTrail audit) {
        this.audit = audit;
        this.database = database;
        this.clock = clock;
        this.files = files;
    }

    /** What erasing the person would do, to show before asking; call it away from the JavaFX thread. */
    public ErasurePlan plan(long personId) {
        DSLContext db = database.dsl();
        PrivacyRepository.Identity who = repository.identity(db, personId)
                .orElseThrow(() -> new IllegalArgumentException("No person " + personId));
        LocalDate keepUntil = repository.claimsOf(db, personId).stream()
                .map(c -> RetentionRules.keepPaymentUntil(c.counted()))
                .max(Comparator.naturalOrder()).orElse(null);
        return new ErasurePlan(who.displayName(), who.erasedOn(),
                repository.count(db, PERSON_DOCUMENT, PERSON_DOCUMENT.PERSON_ID.eq(personId)),
                repository.count(db, CONSENT, CONSENT.PERSON_ID.eq(personId)),
                repository.count(db, CLAIM, CLAIM.PERSON_ID.eq(personId)), keepUntil,
                repository.count(db, MEETING_INVITATION, MEETING_INVITATION.PERSON_ID.eq(personId)),
                repository.count(db, ASSESSMENT_PARTICIPANT, ASSESSMENT_PARTICIPANT.PERSON_ID.eq(personId)));
    }

    /** Whether what was typed to confirm is the person's name (case and spaces at the ends aside). */
    public static boolean confirms(String typed, String name) {
        return typed != null && !name.isBlank()
                && typed.strip().replaceAll("\\s+", " ").equalsIgnoreCase(name.strip().replaceAll("\\s+", " "));
    }

    /**
     * Erases a person in one transaction; the files of their documents are deleted once it is saved.
     *
     * @param typedName the person's name as typed to confirm
     * @throws IllegalArgumentException when the typed name is not theirs
     * @throws IllegalStateException    when they were erased already
     */
    public ErasureResult erase(long personId, String typedName) {
        Erased erased = database.transactionResult(db -> {
            PrivacyRepository.Identity who = repository.identity(db, personId)
                    .orElseThrow(() -> new IllegalArgumentException("No person " + personId));
            if (!confirms(typedName, who.displayName())) {
                throw new IllegalArgumentException("The name typed is not the person's name");
            }
            return eraseIn(db, personId);
        });
        List<String> left = files.deleteAll(erased.storedFiles());
        return new ErasureResult(erased.pseudonym(), erased.storedFiles().size() - left.size(), left,
                erased.claimsKept());
    }

    /** What {@link #eraseIn} did, for the caller to finish once the transaction is saved. */
    record Erased(String pseudonym, List<String> storedFiles, int claimsKept) {
    }

    /** Erases a person in the caller's transaction; the caller deletes the files afterwards. */
    Erased eraseIn(DSLContext db, long personId) {
        PrivacyRepository.Identity who = repository.identity(db, personId)
                .orElseThrow(() -> new IllegalArgumentException("No person " + personId));
        if (who.erasedOn() != null) {
            throw new IllegalStateException("Person " + personId + " has been erased already");
        }
        String pseudonym = newPseudonym(db);
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);

        List<String> storedFiles = repository.deleteOwnDetails(db, personId);
        repository.scrubOwnRows(db, personId, replacer(ownWords(who), pseudonym));
        repository.scrubEverywhere(db, everywhereWords(who), replacer(everywhereWords(who), pseudonym));
        repository.renameParticipations(db, personId, pseudonym);
        repository.anonymisePerson(db, personId, pseudonym, today, now);
        repository.addStatusChange(db, personId, today, now);
        int claims = repository.count(db, CLAIM, CLAIM.PERSON_ID.eq(personId));
        // Earlier entries about them keep who, when and what, without the values (see deleteOwnDetails).
        audit.record(db, AuditChange.of(AuditArea.PEOPLE, "person.erased", personId, personId, null, pseudonym));
        return new Erased(pseudonym, storedFiles, claims);
    }

    private String newPseudonym(DSLContext db) {
        byte[] bytes = new byte[2];
        while (true) {
            random.nextBytes(bytes);
            String name = PSEUDONYM_START + HexFormat.of().withUpperCase().formatHex(bytes);
            if (!repository.nameInUse(db, name)) {
                return name;
            }
        }
    }

    /** What identifies them anywhere: their full names, email and phone. */
    private static List<String> everywhereWords(PrivacyRepository.Identity who) {
        Set<String> words = new LinkedHashSet<>();
        words.add(who.displayName());
        if (!who.lastName().isEmpty()) {
            words.add(who.firstName() + " " + who.lastName());
        }
        words.add(who.email());
        words.add(who.phone());
        return clean(words);
    }

    /** In their own rows, each part of their name and their address too. */
    private static List<String> ownWords(PrivacyRepository.Identity who) {
        Set<String> words = new LinkedHashSet<>(everywhereWords(who));
        words.add(who.firstName());
        words.add(who.lastName());
        words.add(who.knownAs());
        words.add(who.postcode());
        who.address().lines().forEach(line -> words.add(line.strip().replaceAll(",$", "")));
        return clean(words);
    }

    private static List<String> clean(Set<String> words) {
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            // A single letter would take letters out of every other word.
            if (word != null && word.strip().length() >= 2) {
                kept.add(word.strip());
            }
        }
        // Longest first, so that "Sam Smith" goes before "Sam".
        kept.sort(Comparator.comparingInt(String::length).reversed());
        return kept;
    }

    /** Replaces each word, as a whole word and whatever its case, with the made-up name. */
    static UnaryOperator<String> replacer(List<String> words, String pseudonym) {
        if (words.isEmpty()) {
            return UnaryOperator.identity();
        }
        StringBuilder alternatives = new StringBuilder();
        for (String word : words) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            alternatives.append(Pattern.quote(word));
        }
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String replacement = Matcher.quoteReplacement(pseudonym);
        return text -> pattern.matcher(text).replaceAll(replacement);
    }
}
