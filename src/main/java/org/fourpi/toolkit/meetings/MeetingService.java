package org.fourpi.toolkit.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.files.AttachmentStore;
import org.fourpi.toolkit.common.files.FileSignature;
import org.fourpi.toolkit.common.pdf.PdfSafety;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.payments.ClaimCategory;
import org.fourpi.toolkit.payments.ClaimDraft;
import org.fourpi.toolkit.payments.ClaimService;
import org.fourpi.toolkit.payments.FeeUnit;
import org.fourpi.toolkit.payments.LineInput;
import org.fourpi.toolkit.payments.PaymentPreferencesService;
import org.fourpi.toolkit.people.AccessNeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meetings and the rules they follow: details checked before saving, invitations with travel and
 * packs sent, the agenda with its papers kept by the program, the 4PI checks, attendance, and draft
 * claims for everyone who came.
 */
public final class MeetingService {

    private static final Logger LOG = LoggerFactory.getLogger(MeetingService.class);

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_NOTES = 10_000;
    public static final int MAX_AGENDA_MINUTES = 600;
    public static final long MAX_PAPER_BYTES = 20L * 1024 * 1024;
    public static final Money MAX_TRAVEL_COST = Money.of("10000.00");

    private final Database database;
    private final Clock clock;
    private final AttachmentStore papers;
    private final ClaimService claims;
    private final PaymentPreferencesService preferences;
    private final Supplier<LocalTime> earliestStart;
    private final Function<MeetingPlan, List<String>> unexplainedTerms;
    private final Function<LocalDate, List<String>> activityTypesOn;
    private final Function<MeetingKind, String> kindName;
    private final MeetingRepository repository = new MeetingRepository();

    /**
     * @param earliestStart    the earliest start the organisation thinks kind (10:00 unless set)
     * @param unexplainedTerms the terms in a plan's agenda, summaries and papers that the glossary does not explain
     * @param activityTypesOn  the kinds of activity with fees of their own in the payment rates in force on a day
     * @param kindName         a kind of meeting by the name people see, such as "Training"
     */
    public MeetingService(Database database, Clock clock, AttachmentStore papers, ClaimService claims,
                          PaymentPreferencesService preferences, Supplier<LocalTime> earliestStart,
                          Function<MeetingPlan, List<String>> unexplainedTerms,
                          Function<LocalDate, List<String>> activityTypesOn, Function<MeetingKind, String> kindName) {
        this.database = database;
        this.clock = clock;
        this.papers = papers;
        this.claims = claims;
        this.preferences = preferences;
        this.earliestStart = earliestStart;
        this.unexplainedTerms = unexplainedTerms;
        this.activityTypesOn = activityTypesOn;
        this.kindName = kindName;
    }

    /** Every meeting, the latest first. */
    public List<MeetingSummary> list() {
        return repository.list(database.dsl());
    }

    public Optional<MeetingPlan> find(long id) {
        return repository.find(database.dsl(), id).map(m -> new MeetingPlan(m,
                repository.invitations(database.dsl(), id), repository.agenda(database.dsl(), id)));
    }

    /**
     * The meetings held between two days, both included, with their invitations counted by the database
     * (who came, packs sent, travel), for figures over many meetings; earliest first.
     *
     * @param packDaysAhead how many days before the meeting a pack must go out to count as sent ahead
     */
    public List<MeetingCounts> countsBetween(LocalDate from, LocalDate to, int packDaysAhead) {
        return repository.countsBetween(database.dsl(), from, to, packDaysAhead);
    }

    /**
     * The meeting before this one in the same series (same kind and title), whose notes of decisions and
     * actions go into this meeting's pack as the previous actions.
     */
    public Optional<Meeting> previous(long meetingId) {
        return repository.find(database.dsl(), meetingId).flatMap(m -> repository.previous(database.dsl(), m));
    }

    /** The problems with a meeting's details, in form order; empty when it can be saved. */
    public static List<MeetingProblem> check(Meeting m) {
        List<MeetingProblem> problems = new ArrayList<>();
        if (m.title().isEmpty()) {
            problems.add(MeetingProblem.TITLE_MISSING);
        } else if (m.title().length() > MAX_TITLE) {
            problems.add(MeetingProblem.TITLE_TOO_LONG);
        }
        if (m.kind() == null) {
            problems.add(MeetingProblem.KIND_MISSING);
        }
        if (m.date() == null) {
            problems.add(MeetingProblem.DATE_MISSING);
        }
        if (m.startsAt() == null || m.endsAt() == null) {
            problems.add(MeetingProblem.TIMES_MISSING);
        } else if (!m.endsAt().isAfter(m.startsAt())) {
            problems.add(MeetingProblem.ENDS_BEFORE_START);
        }
        if (m.date() != null && m.papersDue() != null && m.papersDue().isAfter(m.date())) {
            problems.add(MeetingProblem.PAPERS_DUE_AFTER_MEETING);
        }
        if (m.purpose().length() > MAX_TEXT || m.venue().address().length() > 500
                || m.venue().name().length() > MAX_TITLE || m.venue().onlineLink().length() > 500
                || m.supportContact().length() > MAX_TITLE || m.notes().length() > MAX_NOTES) {
            problems.add(MeetingProblem.TEXT_TOO_LONG);
        }
        return problems;
    }

    /**
     * Saves a new meeting, or changes to one.
     *
     * @throws InvalidMeetingException naming each problem; nothing is saved then
     */
    public Meeting save(Meeting meeting) {
        List<MeetingProblem> problems = check(meeting);
        if (!problems.isEmpty()) {
            throw new InvalidMeetingException(problems);
        }
        return database.transactionResult(db -> {
            LocalDateTime now = LocalDateTime.now(clock);
            if (meeting.id() == null) {
                return meeting.withId(repository.insert(db, meeting, now));
            }
            repository.find(db, meeting.id()).orElseThrow(() -> new InvalidMeetingException(MeetingProblem.NO_SUCH_MEETING));
            repository.update(db, meeting, now);
            return meeting;
        });
    }

    /** Invites a person in a role, or changes the role of someone already invited. */
    public void invite(long meetingId, long personId, InvitationRole role) {
        database.transaction(db -> {
            repository.find(db, meetingId).orElseThrow(() -> new InvalidMeetingException(MeetingProblem.NO_SUCH_MEETING));
            repository.invite(db, meetingId, personId, role);
        });
    }

    public void removeInvitation(long meetingId, long personId) {
        database.transaction(db -> repository.removeInvitation(db, meetingId, personId));
    }

    /**
     * What travel a person needs, whether it is booked, and what the organisation paid for it (which goes
     * onto their claim as paid by the organisation).
     */
    public void setTravel(long meetingId, long personId, boolean needed, boolean booked, String description,
                          Money cost) {
        if (cost != null && (cost.isNegative() || cost.compareTo(MAX_TRAVEL_COST) > 0)) {
            throw new InvalidMeetingException(MeetingProblem.TRAVEL_COST_OUT_OF_RANGE);
        }
        if (description != null && description.strip().length() > MAX_TITLE) {
            throw new InvalidMeetingException(MeetingProblem.TEXT_TOO_LONG);
        }
        database.transaction(db -> requireInvited(repository.setTravel(db, meetingId, personId, needed, booked,
                description == null ? "" : description.strip(), cost)));
    }

    /** Records that packs went to these people on a day, and how. */
    public void recordPackSent(long meetingId, Collection<Long> personIds, LocalDate on, PackSentBy by) {
        if (on == null || on.isAfter(LocalDate.now(clock)) || by == null) {
            throw new InvalidMeetingException(MeetingProblem.SENT_DATE_INVALID);
        }
        database.transaction(db -> personIds.forEach(person ->
                requireInvited(repository.recordPackSent(db, meetingId, person, on, by))));
    }

    /** Whether an invited person came; null clears it. */
    public void recordAttendance(long meetingId, long personId, Attendance attendance) {
        database.transaction(db -> requireInvited(repository.recordAttendance(db, meetingId, personId, attendance)));
    }

    private static void requireInvited(int changed) {
        if (changed == 0) {
            throw new InvalidMeetingException(MeetingProblem.NOT_INVITED);
        }
    }

    /**
     * Copies a PDF paper into the program's store, ready to be put on the agenda.
     *
     * @throws InvalidMeetingException when it is not a PDF, too large or cannot be read
     */
    public AgendaItem.Paper keepPaper(Path file) {
        if (!FileSignature.isOrdinaryFile(file)) {
            throw new InvalidMeetingException(MeetingProblem.PAPER_UNREADABLE);
        }
        try {
            if (Files.size(file) > MAX_PAPER_BYTES) {
                throw new InvalidMeetingException(MeetingProblem.PAPER_TOO_LARGE);
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(5);
            }
            if (!FileSignature.startsWith(head, '%', 'P', 'D', 'F', '-')) {
                throw new InvalidMeetingException(MeetingProblem.PAPER_NOT_PDF);
            }
            if (PdfSafety.isLocked(Files.readAllBytes(file))) {
                throw new InvalidMeetingException(MeetingProblem.PAPER_LOCKED);
            }
            AttachmentStore.Stored stored = papers.store(file, MAX_PAPER_BYTES);
            return new AgendaItem.Paper(stored.storedName(), file.getFileName().toString());
        } catch (IOException | AttachmentStore.RefusedException e) {
            throw new InvalidMeetingException(MeetingProblem.PAPER_UNREADABLE);
        }
    }

    /**
     * A kept paper as a file to open in the computer's viewer: the kept file, or when the data is
     * encrypted a plain copy in the data folder's temp folder.
     */
    public Path paperFile(String storedName) {
        return papers.viewableCopy(storedName);
    }

    /** The bytes of a kept paper (decrypted when the data is encrypted), to read it or put it into a pack. */
    public byte[] paperBytes(String storedName) throws IOException {
        return papers.read(storedName);
    }

    /**
     * Replaces the meeting's agenda; papers no longer on it are removed from the store.
     *
     * @throws InvalidMeetingException when an item has no title or ask, or its minutes are out of range
     */
    public void saveAgenda(long meetingId, List<AgendaItem> items) {
        for (AgendaItem item : items) {
            if (item.title().isEmpty()) {
                throw new InvalidMeetingException(MeetingProblem.AGENDA_TITLE_MISSING);
            }
            if (item.ask() == null) {
                throw new InvalidMeetingException(MeetingProblem.AGENDA_ASK_MISSING);
            }
            if (item.minutes() != null && (item.minutes() <= 0 || item.minutes() > MAX_AGENDA_MINUTES)) {
                throw new InvalidMeetingException(MeetingProblem.AGENDA_MINUTES_OUT_OF_RANGE);
            }
            if (item.title().length() > MAX_TITLE || item.laySummary().length() > MAX_TEXT
                    || item.presenter().length() > MAX_TITLE) {
                throw new InvalidMeetingException(MeetingProblem.TEXT_TOO_LONG);
            }
        }
        List<String> dropped = database.transactionResult(db -> {
            repository.find(db, meetingId).orElseThrow(() -> new InvalidMeetingException(MeetingProblem.NO_SUCH_MEETING));
            Set<String> before = new HashSet<>(repository.paperFiles(db, meetingId));
            repository.replaceAgenda(db, meetingId, items, LocalDateTime.now(clock));
            items.forEach(item -> item.papers().forEach(p -> before.remove(p.storedFile())));
            return List.copyOf(before);
        });
        for (String name : dropped) {
            try {
                papers.delete(name);
            } catch (RuntimeException e) {
                LOG.warn("A paper no longer on the agenda could not be deleted: {}", name, e);
            }
        }
    }

    /**
     * Removes kept papers that were attached while editing an agenda that was then left without saving;
     * a paper that some saved agenda has on it stays.
     */
    public void discardPapers(Collection<String> storedNames) {
        List<String> unused = storedNames.stream()
                .filter(name -> !repository.paperInUse(database.dsl(), name)).toList();
        for (String name : unused) {
            try {
                papers.delete(name);
            } catch (RuntimeException e) {
                LOG.warn("A paper that was never saved could not be deleted: {}", name, e);
            }
        }
    }

    /** What the 4PI standards ask that is not yet in place for the meeting. */
    public List<MeetingCheck> checks(long meetingId, Function<AccessNeed, String> accessNeedName) {
        MeetingPlan plan = find(meetingId).orElseThrow(() -> new InvalidMeetingException(MeetingProblem.NO_SUCH_MEETING));
        return MeetingChecks.check(plan, LocalDate.now(clock), earliestStart.get(), unexplainedTerms.apply(plan),
                accessNeedName);
    }

    /**
     * Makes a draft claim for everyone who attended (staff apart) and has none for this meeting yet: the
     * fee for the meeting's length (unless they decline fees) and any travel the organisation booked,
     * marked as paid by it. People with nothing to claim get no claim. When the payment rates in force on
     * the meeting's day have fees of their own for an activity named as the meeting's kind (such as
     * "Training"), the claims are for that activity, so its fees apply; otherwise the general fees do.
     *
     * @return the ids of the claims made
     */
    public List<Long> createDraftClaims(long meetingId) {
        MeetingPlan plan = find(meetingId).orElseThrow(() -> new InvalidMeetingException(MeetingProblem.NO_SUCH_MEETING));
        Meeting meeting = plan.meeting();
        Set<Long> already = claims.peopleWithClaimsFor(meetingId);
        String activityType = activityTypeOf(meeting);
        List<Long> made = new ArrayList<>();
        for (Invitation invitation : plan.invitations()) {
            if (invitation.attendance() != Attendance.ATTENDED || invitation.role() == InvitationRole.STAFF
                    || already.contains(invitation.personId())) {
                continue;
            }
            List<LineInput> lines = new ArrayList<>();
            if (!preferences.find(invitation.personId()).declinesFees()) {
                lines.add(feeFor(meeting.length()));
            }
            if (invitation.travelBooked() && invitation.travelCost() != null && !invitation.travelCost().isZero()) {
                lines.add(LineInput.cost(ClaimCategory.PUBLIC_TRANSPORT, invitation.travelDescription(),
                        invitation.travelCost()).paidByOrganisation(true));
            }
            if (!lines.isEmpty()) {
                made.add(claims.create(new ClaimDraft(invitation.personId(), meeting.title(), activityType,
                        meeting.date(), "", lines, meetingId)).id());
            }
        }
        return made;
    }

    /**
     * The activity with fees of its own that matches the meeting's kind, spelt as the payment rates spell
     * it, or empty for the general fees.
     */
    public String activityTypeOf(Meeting meeting) {
        if (meeting.kind() == null || meeting.date() == null) {
            return "";
        }
        String kind = kindName.apply(meeting.kind()).strip();
        return activityTypesOn.apply(meeting.date()).stream()
                .filter(type -> type.strip().equalsIgnoreCase(kind))
                .findFirst().orElse("");
    }

    /**
     * The fee line for a meeting of a given length: by the hour (to the half hour above) up to three
     * hours, a half day up to four and a half hours, and a day beyond.
     */
    public static LineInput feeFor(Duration length) {
        long minutes = length.toMinutes();
        if (minutes <= 180) {
            BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(30), 0, RoundingMode.CEILING)
                    .multiply(new BigDecimal("0.5"));
            return LineInput.fee(FeeUnit.HOURS, hours.max(new BigDecimal("0.5")));
        }
        return minutes <= 270 ? LineInput.fee(FeeUnit.HALF_DAYS, BigDecimal.ONE) : LineInput.fee(FeeUnit.DAYS, BigDecimal.ONE);
    }
}
