package org.fourpi.toolkit.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.glossary.GlossaryService;
import org.fourpi.toolkit.meetings.Attendance;
import org.fourpi.toolkit.meetings.Invitation;
import org.fourpi.toolkit.meetings.MeetingPlan;
import org.fourpi.toolkit.meetings.MeetingService;
import org.fourpi.toolkit.payments.BudgetReport;
import org.fourpi.toolkit.payments.BudgetService;
import org.fourpi.toolkit.payments.PaymentPolicyService;
import org.fourpi.toolkit.payments.PaymentRates;
import org.fourpi.toolkit.payments.TimelinessReport;
import org.fourpi.toolkit.payments.TimelinessService;
import org.fourpi.toolkit.payments.TimelinessSpan;
import org.fourpi.toolkit.people.EqualityService;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.PeopleService;
import org.fourpi.toolkit.people.PersonDocument;
import org.fourpi.toolkit.people.PersonSummary;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.people.PresenceFigure;
import org.fourpi.toolkit.people.PresenceService;
import org.fourpi.toolkit.people.PresenceSummary;

/**
 * "What your records show": for each kind of evidence, a few short sentences worked out from the
 * program's own records as of today, in counts and shares only. Meetings count when they were held in
 * the 12 months up to and including today. Every kind always says something, even when nothing is
 * recorded yet, so the group knows the program looked. Call it away from the JavaFX thread.
 */
public final class EvidenceService implements EvidenceSource {

    /** Fewer service users or carers than this at a meeting or level is too few, as the standards say. */
    static final int ENOUGH_VOICES = 2;
    /** Packs sent this many days or more before the meeting went out in good time. */
    static final int PACK_DAYS_AHEAD = 7;
    /** A document whose title or file name has the word "role" in it is taken as a role description. */
    private static final Pattern ROLE_WORD = Pattern.compile("(^|[^a-z])role([^a-z]|$)");
    private static final Set<Perspective> LIVED_EXPERIENCE =
            EnumSet.of(Perspective.SERVICE_USER, Perspective.CARER, Perspective.BOTH);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final Messages texts;
    private final Clock clock;
    private final PeopleService people;
    private final PresenceService presence;
    private final MeetingService meetings;
    private final Supplier<LocalTime> earliestStart;
    private final GlossaryService glossary;
    private final PaymentPolicyService policy;
    private final BudgetService budget;
    private final TimelinessService timeliness;

    /**
     * @param earliestStart the earliest start the organisation thinks kind (10:00 unless set)
     */
    public EvidenceService(Messages texts, Clock clock, PeopleService people, EqualityService equality,
                           MeetingService meetings, Supplier<LocalTime> earliestStart, GlossaryService glossary,
                           PaymentPolicyService policy, BudgetService budget, TimelinessService timeliness) {
        this.texts = texts;
        this.clock = clock;
        this.people = people;
        this.presence = new PresenceService(people, equality);
        this.meetings = meetings;
        this.earliestStart = earliestStart;
        this.glossary = glossary;
        this.policy = policy;
        this.budget = budget;
        this.timeliness = timeliness;
    }

    @Override
    public Map<EvidenceKind, List<String>> figures() {
        LocalDate today = LocalDate.now(clock);
        List<PersonSummary> active = people.list().stream()
                .filter(p -> p.status() == InvolvementStatus.ACTIVE).toList();
        List<MeetingPlan> recent = meetingsInLastYear(today);

        Map<EvidenceKind, List<String>> figures = new EnumMap<>(EvidenceKind.class);
        figures.put(EvidenceKind.ACTIVE_BY_PERSPECTIVE, byPerspective(active));
        figures.put(EvidenceKind.ACTIVE_BY_LEVEL, byLevel(active));
        figures.put(EvidenceKind.EQUALITY_COVERAGE, equalityCoverage());
        figures.put(EvidenceKind.MEETINGS_FEW_VOICES, fewVoices(recent));
        figures.put(EvidenceKind.ROLE_DESCRIPTIONS, roleDescriptions(active));
        figures.put(EvidenceKind.EARLY_MEETINGS, earlyMeetings(recent));
        figures.put(EvidenceKind.GLOSSARY, glossaryTerms());
        figures.put(EvidenceKind.PACKS_AHEAD, packsAhead(recent, today));
        figures.put(EvidenceKind.PAYMENT_POLICY, paymentPolicy(today));
        figures.put(EvidenceKind.TIME_TO_PAY, timeToPay());
        figures.put(EvidenceKind.TRAVEL_BOOKED, travelBooked(recent));
        return figures;
    }

    private List<MeetingPlan> meetingsInLastYear(LocalDate today) {
        LocalDate from = today.minusMonths(12);
        return meetings.list().stream()
                .filter(m -> m.date() != null && !m.date().isBefore(from) && !m.date().isAfter(today))
                .map(m -> meetings.find(m.id()))
                .flatMap(Optional::stream)
                .toList();
    }

    private List<String> byPerspective(List<PersonSummary> active) {
        long users = count(active, Perspective.SERVICE_USER);
        long carers = count(active, Perspective.CARER);
        long both = count(active, Perspective.BOTH);
        if (users + carers + both == 0) {
            return List.of(texts.text("assessment.evidence.perspective.none"));
        }
        return List.of(texts.text("assessment.evidence.perspective", users, carers, both),
                texts.text("assessment.evidence.perspective.ofAll", users + carers + both, active.size()));
    }

    private static long count(List<PersonSummary> people, Perspective perspective) {
        return people.stream().filter(p -> p.perspective() == perspective).count();
    }

    private List<String> byLevel(List<PersonSummary> active) {
        List<PersonSummary> lived = active.stream().filter(p -> LIVED_EXPERIENCE.contains(p.perspective())).toList();
        if (lived.isEmpty()) {
            return List.of(texts.text("assessment.evidence.perspective.none"));
        }
        Object[] counts = new Object[InvolvementLevel.values().length];
        List<String> few = new ArrayList<>();
        for (InvolvementLevel level : InvolvementLevel.values()) {
            long n = lived.stream().filter(p -> p.levels().contains(level)).count();
            counts[level.ordinal()] = n;
            if (n < ENOUGH_VOICES) {
                few.add(level.name());
            }
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(texts.text("assessment.evidence.level", counts));
        sentences.add(few.isEmpty() ? texts.text("assessment.evidence.level.enough")
                : texts.text("assessment.evidence.level.few", String.join(", ", few)));
        return sentences;
    }

    /**
     * Taken from the Presence figures, so that the same rule keeps small groups from being pointed at:
     * exact when every group is large enough, otherwise in bands of five.
     */
    private List<String> equalityCoverage() {
        PresenceSummary summary = presence.summary();
        if (!summary.anyoneActive()) {
            return List.of(texts.text("assessment.evidence.nobodyActive"));
        }
        if (!summary.anyoneAnswered()) {
            return List.of(texts.text("assessment.evidence.equality.none"));
        }
        PresenceFigure answered = summary.equalityAnswers().figure("presence.figure.answered");
        PresenceFigure all = summary.active();
        if (answered.exact() && all.exact()) {
            int percent = summary.answeredPercent().orElse(percent(answered.atLeast(), all.atLeast()));
            return List.of(texts.text("assessment.evidence.equality", answered.atLeast(), all.atLeast(), percent));
        }
        String shown = answered.fewerThanFive()
                ? texts.text("assessment.evidence.equality.fewerThanFive")
                : texts.text("assessment.evidence.equality.band", answered.atLeast(), answered.atMost());
        return List.of(shown, texts.text("assessment.evidence.equality.bandsWhy"));
    }

    private List<String> fewVoices(List<MeetingPlan> recent) {
        if (recent.isEmpty()) {
            return List.of(texts.text("assessment.evidence.meetings.none"));
        }
        int few = 0;
        boolean countedInvited = false;
        for (MeetingPlan plan : recent) {
            boolean recorded = plan.invitations().stream().anyMatch(i -> i.attendance() != null);
            countedInvited |= !recorded;
            long voices = plan.invitations().stream()
                    .filter(Invitation::hasLivedExperience)
                    .filter(i -> !recorded || i.attendance() == Attendance.ATTENDED)
                    .count();
            if (voices < ENOUGH_VOICES) {
                few++;
            }
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(texts.text("assessment.evidence.fewVoices", few, recent.size()));
        if (countedInvited) {
            sentences.add(texts.text("assessment.evidence.fewVoices.invited"));
        }
        return sentences;
    }

    private List<String> roleDescriptions(List<PersonSummary> active) {
        if (active.isEmpty()) {
            return List.of(texts.text("assessment.evidence.nobodyActive"));
        }
        long withRole = active.stream()
                .filter(p -> people.find(p.id()).stream()
                        .flatMap(d -> d.documents().stream())
                        .anyMatch(EvidenceService::isRoleDescription))
                .count();
        if (withRole == 0) {
            return List.of(texts.text("assessment.evidence.roles.none"), texts.text("assessment.evidence.roles.how"));
        }
        return List.of(texts.text("assessment.evidence.roles", withRole, active.size()),
                texts.text("assessment.evidence.roles.how"));
    }

    static boolean isRoleDescription(PersonDocument document) {
        return ROLE_WORD.matcher(document.title().toLowerCase(Locale.UK)).find()
                || ROLE_WORD.matcher(document.fileName().toLowerCase(Locale.UK)).find();
    }

    private List<String> earlyMeetings(List<MeetingPlan> recent) {
        if (recent.isEmpty()) {
            return List.of(texts.text("assessment.evidence.meetings.none"));
        }
        LocalTime earliest = earliestStart.get();
        long early = recent.stream().filter(p -> p.meeting().startsAt() != null
                && p.meeting().startsAt().isBefore(earliest)).count();
        return List.of(texts.text("assessment.evidence.early", early, recent.size(), TIME.format(earliest)));
    }

    private List<String> glossaryTerms() {
        int terms = glossary.list().size();
        return List.of(terms == 0 ? texts.text("assessment.evidence.glossary.none")
                : texts.text("assessment.evidence.glossary", terms));
    }

    private List<String> packsAhead(List<MeetingPlan> recent, LocalDate today) {
        int sent = 0;
        int ahead = 0;
        int late = 0;
        int notSent = 0;
        for (MeetingPlan plan : recent) {
            LocalDate date = plan.meeting().date();
            boolean past = date.isBefore(today);
            for (Invitation invitation : plan.invitations()) {
                if (invitation.packSentOn() == null) {
                    if (past) {
                        notSent++;
                    }
                    continue;
                }
                sent++;
                if (ChronoUnit.DAYS.between(invitation.packSentOn(), date) >= PACK_DAYS_AHEAD) {
                    ahead++;
                } else if (past) {
                    late++;
                }
            }
        }
        List<String> sentences = new ArrayList<>();
        if (sent == 0) {
            sentences.add(texts.text("assessment.evidence.packs.none"));
        } else {
            sentences.add(texts.text("assessment.evidence.packs", ahead, sent, percent(ahead, sent)));
        }
        if (late > 0) {
            sentences.add(texts.text("assessment.evidence.packs.late", late));
        }
        if (notSent > 0) {
            sentences.add(texts.text("assessment.evidence.packs.notSent", notSent));
        }
        return sentences;
    }

    private List<String> paymentPolicy(LocalDate today) {
        List<String> sentences = new ArrayList<>();
        sentences.add(policy.policyText().isBlank() ? texts.text("assessment.evidence.policy.missing")
                : texts.text("assessment.evidence.policy.written"));
        Optional<PaymentRates> inForce = policy.ratesOn(today);
        if (inForce.isPresent()) {
            sentences.add(texts.text("assessment.evidence.rates.inForce",
                    LONG_DATE.format(inForce.get().effectiveFrom())));
        } else {
            sentences.add(policy.rateSets().stream().map(PaymentRates::effectiveFrom).min(LocalDate::compareTo)
                    .map(first -> texts.text("assessment.evidence.rates.future", LONG_DATE.format(first)))
                    .orElseGet(() -> texts.text("assessment.evidence.rates.none")));
        }
        TaxYear year = TaxYear.of(today);
        BudgetReport report = budget.report(year);
        sentences.add(report.saved()
                ? texts.text("assessment.evidence.budget.set", report.total().budget().format(Locale.UK), year.label())
                : texts.text("assessment.evidence.budget.none", year.label()));
        return sentences;
    }

    private List<String> timeToPay() {
        TimelinessReport.Figures all = timeliness.report(TimelinessSpan.LAST_12_MONTHS).all();
        if (all.paid() == 0) {
            return List.of(texts.text("assessment.evidence.pay.none"));
        }
        List<String> sentences = new ArrayList<>();
        String median = all.medianDays().map(BigDecimal::stripTrailingZeros).map(BigDecimal::toPlainString)
                .orElse("");
        sentences.add(texts.text("assessment.evidence.pay", all.paid(), median));
        if (all.judged() > 0) {
            int percent = all.percentWithinTarget().orElse(0);
            sentences.add(all.sameTarget().isPresent()
                    ? texts.text("assessment.evidence.pay.target", all.withinTarget(), all.judged(), percent,
                            all.sameTarget().getAsInt())
                    : texts.text("assessment.evidence.pay.targets", all.withinTarget(), all.judged(), percent));
        }
        return sentences;
    }

    private List<String> travelBooked(List<MeetingPlan> recent) {
        List<Invitation> needing = recent.stream().flatMap(p -> p.invitations().stream())
                .filter(Invitation::travelNeeded).toList();
        if (needing.isEmpty()) {
            return List.of(texts.text("assessment.evidence.travel.none"));
        }
        long booked = needing.stream().filter(Invitation::travelBooked).count();
        return List.of(texts.text("assessment.evidence.travel", needing.size(), booked));
    }

    /** A whole percentage, rounded half up. */
    static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) ((200 * part + whole) / (2 * whole));
    }
}
