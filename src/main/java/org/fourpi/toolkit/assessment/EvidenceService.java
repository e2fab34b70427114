package org.fourpi.toolkit.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.glossary.GlossaryService;
import org.fourpi.toolkit.meetings.MeetingCounts;
import org.fourpi.toolkit.meetings.MeetingService;
import org.fourpi.toolkit.payments.BudgetService;
import org.fourpi.toolkit.payments.ClaimCategory;
import org.fourpi.toolkit.payments.PaymentPolicyService;
import org.fourpi.toolkit.payments.PaymentRates;
import org.fourpi.toolkit.payments.TimelinessReport;
import org.fourpi.toolkit.payments.TimelinessService;
import org.fourpi.toolkit.payments.TimelinessSpan;
import org.fourpi.toolkit.people.ActivePeopleCounts;
import org.fourpi.toolkit.people.EqualityService;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.PeopleService;
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
    static final String ROLE_WORD = "role";
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

    /**
     * Every figure is counted by the database (grouped counts, sums and one row a meeting of the last
     * 12 months), so this takes about as long for a large organisation as for a small one.
     */
    @Override
    public Map<EvidenceKind, List<String>> figures() {
        LocalDate today = LocalDate.now(clock);
        ActivePeopleCounts active = people.activeCounts();
        List<MeetingCounts> recent = meetings.countsBetween(today.minusMonths(12), today, PACK_DAYS_AHEAD);

        Map<EvidenceKind, List<String>> figures = new EnumMap<>(EvidenceKind.class);
        figures.put(EvidenceKind.ACTIVE_BY_PERSPECTIVE, byPerspective(active));
        figures.put(EvidenceKind.ACTIVE_BY_LEVEL, byLevel(active));
        figures.put(EvidenceKind.EQUALITY_COVERAGE, equalityCoverage(active));
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

    private List<String> byPerspective(ActivePeopleCounts active) {
        int users = active.perspective(Perspective.SERVICE_USER);
        int carers = active.perspective(Perspective.CARER);
        int both = active.perspective(Perspective.BOTH);
        if (users + carers + both == 0) {
            return List.of(texts.text("assessment.evidence.perspective.none"));
        }
        return List.of(texts.text("assessment.evidence.perspective", users, carers, both),
                texts.text("assessment.evidence.perspective.ofAll", users + carers + both, active.active()));
    }

    private List<String> byLevel(ActivePeopleCounts active) {
        if (ActivePeopleCounts.LIVED_EXPERIENCE.stream().mapToInt(active::perspective).sum() == 0) {
            return List.of(texts.text("assessment.evidence.perspective.none"));
        }
        Object[] counts = new Object[InvolvementLevel.values().length];
        List<String> few = new ArrayList<>();
        for (InvolvementLevel level : InvolvementLevel.values()) {
            int n = active.livedExperienceLevel(level);
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
    private List<String> equalityCoverage(ActivePeopleCounts active) {
        PresenceSummary summary = presence.countedSummary(active);
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

    /** Where attendance is recorded, the service users and carers who came; otherwise those invited. */
    private List<String> fewVoices(List<MeetingCounts> recent) {
        if (recent.isEmpty()) {
            return List.of(texts.text("assessment.evidence.meetings.none"));
        }
        int few = 0;
        boolean countedInvited = false;
        for (MeetingCounts meeting : recent) {
            countedInvited |= !meeting.attendanceKnown();
            int voices = meeting.attendanceKnown() ? meeting.livedExperienceAttended()
                    : meeting.livedExperienceInvited();
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

    private List<String> roleDescriptions(ActivePeopleCounts active) {
        if (active.active() == 0) {
            return List.of(texts.text("assessment.evidence.nobodyActive"));
        }
        int withRole = people.activeWithDocumentWord(ROLE_WORD);
        if (withRole == 0) {
            return List.of(texts.text("assessment.evidence.roles.none"), texts.text("assessment.evidence.roles.how"));
        }
        return List.of(texts.text("assessment.evidence.roles", withRole, active.active()),
                texts.text("assessment.evidence.roles.how"));
    }

    private List<String> earlyMeetings(List<MeetingCounts> recent) {
        if (recent.isEmpty()) {
            return List.of(texts.text("assessment.evidence.meetings.none"));
        }
        LocalTime earliest = earliestStart.get();
        long early = recent.stream().filter(m -> m.startsAt() != null && m.startsAt().isBefore(earliest)).count();
        return List.of(texts.text("assessment.evidence.early", early, recent.size(), TIME.format(earliest)));
    }

    private List<String> glossaryTerms() {
        int terms = glossary.count();
        return List.of(terms == 0 ? texts.text("assessment.evidence.glossary.none")
                : texts.text("assessment.evidence.glossary", terms));
    }

    /** Packs for meetings still to come are only counted once sent; for past meetings, late and missing too. */
    private List<String> packsAhead(List<MeetingCounts> recent, LocalDate today) {
        int sent = 0;
        int ahead = 0;
        int late = 0;
        int notSent = 0;
        for (MeetingCounts meeting : recent) {
            sent += meeting.packsSent();
            ahead += meeting.packsSentAhead();
            if (meeting.date().isBefore(today)) {
                late += meeting.packsSent() - meeting.packsSentAhead();
                notSent += meeting.invited() - meeting.packsSent();
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
        // Only the budget itself: the year's spending is not needed here, so no claim line is read.
        TaxYear year = TaxYear.of(today);
        Map<ClaimCategory, Money> amounts = budget.amounts(year);
        Money total = Money.ZERO;
        for (ClaimCategory category : ClaimCategory.values()) {
            total = total.plus(amounts.getOrDefault(category, Money.ZERO));
        }
        sentences.add(!amounts.isEmpty()
                ? texts.text("assessment.evidence.budget.set", total.format(Locale.UK), year.label())
                : texts.text("assessment.evidence.budget.none", year.label()));
        return sentences;
    }

    private List<String> timeToPay() {
        TimelinessReport.Figures all = timeliness.paidFigures(TimelinessSpan.LAST_12_MONTHS);
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

    private List<String> travelBooked(List<MeetingCounts> recent) {
        int needed = recent.stream().mapToInt(MeetingCounts::travelNeeded).sum();
        if (needed == 0) {
            return List.of(texts.text("assessment.evidence.travel.none"));
        }
        int booked = recent.stream().mapToInt(MeetingCounts::travelBooked).sum();
        return List.of(texts.text("assessment.evidence.travel", needed, booked));
    }

    /** A whole percentage, rounded half up. */
    static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) ((200 * part + whole) / (2 * whole));
    }
}
