package org.fourpi.toolkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.regex.Pattern;

import org.fourpi.toolkit.Services;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.meetings.Attendance;
import org.fourpi.toolkit.meetings.Invitation;
import org.fourpi.toolkit.meetings.InvitationRole;
import org.fourpi.toolkit.meetings.Meeting;
import org.fourpi.toolkit.meetings.MeetingKind;
import org.fourpi.toolkit.meetings.MeetingPlan;
import org.fourpi.toolkit.meetings.PackSentBy;
import org.fourpi.toolkit.meetings.Venue;
import org.fourpi.toolkit.payments.BudgetReport;
import org.fourpi.toolkit.payments.Claim;
import org.fourpi.toolkit.payments.ClaimCategory;
import org.fourpi.toolkit.payments.ClaimDraft;
import org.fourpi.toolkit.payments.LineInput;
import org.fourpi.toolkit.payments.PaymentMethod;
import org.fourpi.toolkit.payments.PaymentRates;
import org.fourpi.toolkit.payments.TimelinessReport;
import org.fourpi.toolkit.payments.TimelinessSpan;
import org.fourpi.toolkit.people.AgeBand;
import org.fourpi.toolkit.people.EqualityAnswers;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.people.PersonDocument;
import org.fourpi.toolkit.people.PersonSummary;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.people.PresenceFigure;
import org.fourpi.toolkit.people.PresenceService;
import org.fourpi.toolkit.people.PresenceSummary;
import org.fourpi.toolkit.people.Sex;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "What your records show", now counted by the database, says exactly what it said when it read every
 * record one by one: the reference below is that earlier way, kept here word for word.
 */
class EvidenceCountsTest {

    @TempDir Path dataDir;
    @TempDir Path files;
    private TestServices test;
    private Services services;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        services = test.services();
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void saysTheSameAsReadingEveryRecordOnAnEmptyFolder() {
        assertThat(services.evidence().figures()).isEqualTo(readOneByOne());
    }

    @Test
    void saysTheSameAsReadingEveryRecordOnTheExampleOrganisation() {
        services.exampleData().fill();

        Map<EvidenceKind, List<String>> figures = services.evidence().figures();

        assertThat(figures).isEqualTo(readOneByOne());
        // The example organisation has something to say on each of these, so the comparison means something.
        assertThat(figures.get(EvidenceKind.ACTIVE_BY_PERSPECTIVE)).hasSize(2);
        assertThat(figures.get(EvidenceKind.TIME_TO_PAY).getFirst()).doesNotStartWith("No claims");
    }

    @Test
    void saysTheSameAsReadingEveryRecordWithTheAwkwardCasesAdded() throws IOException {
        services.exampleData().fill();
        addAwkwardCases();

        Map<EvidenceKind, List<String>> figures = services.evidence().figures();

        assertThat(figures).isEqualTo(readOneByOne());
        assertThat(figures.get(EvidenceKind.PACKS_AHEAD)).hasSizeGreaterThan(1);
        assertThat(figures.get(EvidenceKind.TRAVEL_BOOKED).getFirst()).startsWith("Travel was needed");
        assertThat(figures.get(EvidenceKind.ROLE_DESCRIPTIONS).getFirst()).doesNotStartWith("No role");
        assertThat(figures.get(EvidenceKind.PAYMENT_POLICY)).last().asString().startsWith("A budget of");
    }

    @Test
    void countsThePresenceFiguresTheSameAsReadingTheRegister() throws IOException {
        PresenceService presence = new PresenceService(services.people(), services.equality());
        assertThat(presence.countedSummary()).isEqualTo(presence.summary());

        services.exampleData().fill();
        addAwkwardCases();
        assertThat(presence.countedSummary()).isEqualTo(presence.summary());
        assertThat(presence.summary().anyoneAnswered()).isTrue();
    }

    @Test
    void countsThePresenceFiguresExactlyWhenEveryGroupIsLargeEnough() {
        // Five of every perspective, level and sex, all answering the same, so no group has 1 to 4 people.
        for (Perspective perspective : Perspective.values()) {
            for (int i = 0; i < 5; i++) {
                long id = person("P" + perspective.ordinal() + i, perspective, InvolvementStatus.ACTIVE,
                        InvolvementLevel.values());
                services.equality().save(id, new EqualityAnswers(AgeBand.values()[1], null, Sex.values()[0], null,
                        null, null, null, null, null));
            }
        }
        PresenceService presence = new PresenceService(services.people(), services.equality());

        PresenceSummary counted = presence.countedSummary();

        assertThat(counted).isEqualTo(presence.summary());
        assertThat(counted.inBands()).isFalse();
        assertThat(services.evidence().figures()).isEqualTo(readOneByOne());
    }

    @Test
    void givesTheSameTimeToPayAsTheMonthlyReport() {
        services.exampleData().fill();
        addClaims();

        for (TimelinessSpan span : List.of(TimelinessSpan.LAST_12_MONTHS, TimelinessSpan.of(TaxYear.starting(2026)),
                TimelinessSpan.of(TaxYear.starting(2025)), TimelinessSpan.of(TaxYear.starting(2024)))) {
            assertThat(services.timeliness().paidFigures(span)).as(span.toString())
                    .isEqualTo(services.timeliness().report(span).all());
        }
    }

    @Test
    void findsTheWordRoleOnlyAsAWordOfItsOwn() throws IOException {
        Path paper = Files.writeString(files.resolve("paper.txt"), "A paper");
        List<String> titles = List.of("ROLE description", "Payroll", "Roles and duties", "controle", "role",
                "My role.", "Expert-by-experience role", "enrole", "Role:", "rôle", "x_role_y", "ROLE2");
        for (String title : titles) {
            long id = person(title.replaceAll("[^A-Za-z]", "") + "x", Perspective.CARER, InvolvementStatus.ACTIVE);
            services.people().addDocument(id, paper, title);
        }
        long named = person("Named", Perspective.CARER, InvolvementStatus.ACTIVE);
        services.people().addDocument(named, Files.writeString(files.resolve("Carer-Role.txt"), "A role"), "Letter");
        long left = person("Left", Perspective.CARER, InvolvementStatus.LEFT);
        services.people().addDocument(left, paper, "Role description");

        long expected = services.people().list().stream().filter(p -> p.status() == InvolvementStatus.ACTIVE)
                .filter(p -> services.people().find(p.id()).orElseThrow().documents().stream()
                        .anyMatch(EvidenceCountsTest::isRoleDescription))
                .count();

        assertThat(expected).isEqualTo(8);
        assertThat(services.people().activeWithDocumentWord("role")).isEqualTo(expected);
    }

    private long person(String first, Perspective perspective, InvolvementStatus status, InvolvementLevel... levels) {
        Person p = Person.named(first, "Example");
        return services.people().save(new Person(null, p.firstName(), p.lastName(), "", perspective, Set.of(), "",
                Set.of(levels), "", "", "", "", null, false, null, Set.of(), "", "", status)).id();
    }

    private long meeting(String title, LocalDate date, LocalTime start) {
        return services.meetings().save(new Meeting(null, title, MeetingKind.STEERING_GROUP, InvolvementLevel.C, date,
                start, start.plusHours(2), new Venue("Community hall", "1 High Street", "", true, true, true, true),
                "To plan the year", "Jo, 07700 900123", null, "")).id();
    }

    /** The edges of each rule: today, a year ago to the day, 6 and 7 days ahead, meetings nobody was invited to. */
    private void addAwkwardCases() throws IOException {
        LocalDate today = LocalDate.now(services.clock());
        long su = person("Una", Perspective.SERVICE_USER, InvolvementStatus.ACTIVE, InvolvementLevel.A);
        long carer = person("Cara", Perspective.CARER, InvolvementStatus.ACTIVE, InvolvementLevel.A,
                InvolvementLevel.B);
        long both = person("Bo", Perspective.BOTH, InvolvementStatus.TAKING_A_BREAK, InvolvementLevel.E);
        long staff = person("Stef", Perspective.STAFF, InvolvementStatus.ACTIVE, InvolvementLevel.B);
        services.equality().recordObjection(carer);
        services.equality().save(su, new EqualityAnswers(null, null, null, null, null, null, null, null, null));
        Path paper = Files.writeString(files.resolve("paper.txt"), "A paper");
        services.people().addDocument(su, paper, "Role description");
        services.people().addDocument(staff, Files.writeString(files.resolve("staff-role.txt"), "A role"), "");
        services.people().addDocument(both, paper, "Role description");

        long yearAgo = meeting("A year ago to the day", today.minusMonths(12), LocalTime.of(9, 59));
        meeting("A day before that", today.minusMonths(12).minusDays(1), LocalTime.of(8, 0));
        meeting("Nobody invited yet", today.minusDays(3), LocalTime.of(14, 0));
        long todays = meeting("Today", today, LocalTime.of(10, 0));
        long soon = meeting("Soon", today.plusDays(2), LocalTime.of(9, 0));
        for (long id : List.of(yearAgo, todays, soon)) {
            for (long person : List.of(su, carer, both, staff)) {
                services.meetings().invite(id, person, person == staff ? InvitationRole.STAFF : InvitationRole.MEMBER);
            }
        }
        services.meetings().recordPackSent(yearAgo, List.of(su), today.minusMonths(12).minusDays(7), PackSentBy.EMAIL);
        services.meetings().recordPackSent(yearAgo, List.of(carer), today.minusMonths(12).minusDays(6),
                PackSentBy.POST);
        services.meetings().recordPackSent(yearAgo, List.of(both), today.minusMonths(12).plusDays(1),
                PackSentBy.EMAIL);
        services.meetings().recordAttendance(yearAgo, su, Attendance.ATTENDED);
        services.meetings().recordAttendance(yearAgo, carer, Attendance.APOLOGIES);
        services.meetings().recordAttendance(yearAgo, staff, Attendance.ATTENDED);
        services.meetings().recordPackSent(todays, List.of(su, carer), today.minusDays(6), PackSentBy.EMAIL);
        services.meetings().recordPackSent(soon, List.of(su, staff), today.minusDays(5), PackSentBy.EMAIL);
        services.meetings().setTravel(yearAgo, su, true, true, "Taxi", Money.of("12.00"));
        services.meetings().setTravel(todays, carer, true, false, "", null);
        services.meetings().setTravel(todays, staff, false, true, "", null);
        services.meetings().setTravel(soon, both, true, true, "Train", Money.of("30.50"));

        services.budget().save(TaxYear.of(today), Map.of(ClaimCategory.FEE, Money.of("1200.10"),
                ClaimCategory.TAXI, Money.of("0.01"), ClaimCategory.CHILDCARE, Money.of("0.00")));
        addClaims();
    }

    /** Claims paid quickly, slowly, on the day and across a change of target, and some long ago. */
    private void addClaims() {
        PaymentRates first = services.paymentPolicy().rateSets().stream()
                .min((a, b) -> a.effectiveFrom().compareTo(b.effectiveFrom())).orElseThrow();
        LocalDate change = LocalDate.of(2026, 8, 1);
        services.paymentPolicy().save(new PaymentRates(change, first.feeHourly(), first.feeHalfDay(), first.feeDay(),
                first.mileageFirst10000(), first.mileageAfter10000(), first.mileagePerPassenger(),
                first.childcareHourly(), first.replacementCarerHourly(), first.supportWorkerHourly(),
                first.subsistenceLimitDay(), first.targetDaysToPay() - 4, first.esaWeeklyLimit(),
                first.carersAllowanceWeeklyLimit(), first.tradingAllowance()));
        long payee = person("Pat", Perspective.SERVICE_USER, InvolvementStatus.ACTIVE, InvolvementLevel.C);
        int[][] activityDayAndDays = {{0, 0}, {3, 10}, {3, 10}, {40, 14}, {60, 11}, {100, 30}, {116, 3}, {117, 9},
            {118, 10}, {200, 1}, {300, 45}, {330, 2}, {340, 15}, {1, 10}};
        LocalDate base = first.effectiveFrom().minusDays(30);
        for (int[] claim : activityDayAndDays) {
            paid(payee, base.plusDays(claim[0]), claim[1]);
        }
        paid(payee, LocalDate.of(2024, 5, 1), 20);
    }

    private void paid(long person, LocalDate activity, int days) {
        var claims = services.claims();
        Claim draft = claims.create(new ClaimDraft(person, "Steering group", "", activity, "",
                List.of(LineInput.cost(ClaimCategory.TAXI, "", Money.of("10.00")))));
        claims.submit(draft.id(), activity);
        claims.approve(draft.id(), activity);
        claims.markPaid(draft.id(), activity.plusDays(days), PaymentMethod.BANK_TRANSFER, "BACS");
    }

    // The way the figures were worked out before they were counted by the database, kept as the reference.

    private static final Pattern ROLE_WORD = Pattern.compile("(^|[^a-z])role([^a-z]|$)");
    private static final Set<Perspective> LIVED_EXPERIENCE =
            EnumSet.of(Perspective.SERVICE_USER, Perspective.CARER, Perspective.BOTH);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    static boolean isRoleDescription(PersonDocument document) {
        return ROLE_WORD.matcher(document.title().toLowerCase(Locale.UK)).find()
                || ROLE_WORD.matcher(document.fileName().toLowerCase(Locale.UK)).find();
    }

    private Map<EvidenceKind, List<String>> readOneByOne() {
        Messages texts = TestServices.MESSAGES;
        LocalDate today = LocalDate.now(services.clock());
        List<PersonSummary> active = services.people().list().stream()
                .filter(p -> p.status() == InvolvementStatus.ACTIVE).toList();
        LocalDate from = today.minusMonths(12);
        List<MeetingPlan> recent = services.meetings().list().stream()
                .filter(m -> m.date() != null && !m.date().isBefore(from) && !m.date().isAfter(today))
                .map(m -> services.meetings().find(m.id()))
                .flatMap(Optional::stream)
                .toList();

        Map<EvidenceKind, List<String>> figures = new EnumMap<>(EvidenceKind.class);
        long users = active.stream().filter(p -> p.perspective() == Perspective.SERVICE_USER).count();
        long carers = active.stream().filter(p -> p.perspective() == Perspective.CARER).count();
        long both = active.stream().filter(p -> p.perspective() == Perspective.BOTH).count();
        figures.put(EvidenceKind.ACTIVE_BY_PERSPECTIVE, users + carers + both == 0
                ? List.of(texts.text("assessment.evidence.perspective.none"))
                : List.of(texts.text("assessment.evidence.perspective", users, carers, both),
                        texts.text("assessment.evidence.perspective.ofAll", users + carers + both, active.size())));

        List<PersonSummary> lived = active.stream().filter(p -> LIVED_EXPERIENCE.contains(p.perspective())).toList();
        if (lived.isEmpty()) {
            figures.put(EvidenceKind.ACTIVE_BY_LEVEL, List.of(texts.text("assessment.evidence.perspective.none")));
        } else {
            Object[] counts = new Object[InvolvementLevel.values().length];
            List<String> few = new ArrayList<>();
            for (InvolvementLevel level : InvolvementLevel.values()) {
                long n = lived.stream().filter(p -> p.levels().contains(level)).count();
                counts[level.ordinal()] = n;
                if (n < EvidenceService.ENOUGH_VOICES) {
                    few.add(level.name());
                }
            }
            figures.put(EvidenceKind.ACTIVE_BY_LEVEL, List.of(texts.text("assessment.evidence.level", counts),
                    few.isEmpty() ? texts.text("assessment.evidence.level.enough")
                            : texts.text("assessment.evidence.level.few", String.join(", ", few))));
        }

        figures.put(EvidenceKind.EQUALITY_COVERAGE, equalityCoverage(texts));

        if (recent.isEmpty()) {
            figures.put(EvidenceKind.MEETINGS_FEW_VOICES, List.of(texts.text("assessment.evidence.meetings.none")));
        } else {
            int few = 0;
            boolean countedInvited = false;
            for (MeetingPlan plan : recent) {
                boolean recorded = plan.invitations().stream().anyMatch(i -> i.attendance() != null);
                countedInvited |= !recorded;
                long voices = plan.invitations().stream()
                        .filter(Invitation::hasLivedExperience)
                        .filter(i -> !recorded || i.attendance() == Attendance.ATTENDED)
                        .count();
                if (voices < EvidenceService.ENOUGH_VOICES) {
                    few++;
                }
            }
            List<String> sentences = new ArrayList<>();
            sentences.add(texts.text("assessment.evidence.fewVoices", few, recent.size()));
            if (countedInvited) {
                sentences.add(texts.text("assessment.evidence.fewVoices.invited"));
            }
            figures.put(EvidenceKind.MEETINGS_FEW_VOICES, sentences);
        }

        if (active.isEmpty()) {
            figures.put(EvidenceKind.ROLE_DESCRIPTIONS, List.of(texts.text("assessment.evidence.nobodyActive")));
        } else {
            long withRole = active.stream()
                    .filter(p -> services.people().find(p.id()).stream()
                            .flatMap(d -> d.documents().stream())
                            .anyMatch(EvidenceCountsTest::isRoleDescription))
                    .count();
            figures.put(EvidenceKind.ROLE_DESCRIPTIONS, withRole == 0
                    ? List.of(texts.text("assessment.evidence.roles.none"), texts.text("assessment.evidence.roles.how"))
                    : List.of(texts.text("assessment.evidence.roles", withRole, active.size()),
                            texts.text("assessment.evidence.roles.how")));
        }

        if (recent.isEmpty()) {
            figures.put(EvidenceKind.EARLY_MEETINGS, List.of(texts.text("assessment.evidence.meetings.none")));
        } else {
            LocalTime earliest = services.preferences().meetingEarliestStart();
            long early = recent.stream().filter(p -> p.meeting().startsAt() != null
                    && p.meeting().startsAt().isBefore(earliest)).count();
            figures.put(EvidenceKind.EARLY_MEETINGS, List.of(texts.text("assessment.evidence.early", early,
                    recent.size(), TIME.format(earliest))));
        }

        int terms = services.glossary().list().size();
        figures.put(EvidenceKind.GLOSSARY, List.of(terms == 0 ? texts.text("assessment.evidence.glossary.none")
                : texts.text("assessment.evidence.glossary", terms)));

        figures.put(EvidenceKind.PACKS_AHEAD, packsAhead(texts, recent, today));
        figures.put(EvidenceKind.PAYMENT_POLICY, paymentPolicy(texts, today));
        figures.put(EvidenceKind.TIME_TO_PAY, timeToPay(texts));

        List<Invitation> needing = recent.stream().flatMap(p -> p.invitations().stream())
                .filter(Invitation::travelNeeded).toList();
        figures.put(EvidenceKind.TRAVEL_BOOKED, needing.isEmpty()
                ? List.of(texts.text("assessment.evidence.travel.none"))
                : List.of(texts.text("assessment.evidence.travel", needing.size(),
                        needing.stream().filter(Invitation::travelBooked).count())));
        return figures;
    }

    private List<String> equalityCoverage(Messages texts) {
        PresenceSummary summary = new PresenceService(services.people(), services.equality()).summary();
        if (!summary.anyoneActive()) {
            return List.of(texts.text("assessment.evidence.nobodyActive"));
        }
        if (!summary.anyoneAnswered()) {
            return List.of(texts.text("assessment.evidence.equality.none"));
        }
        PresenceFigure answered = summary.equalityAnswers().figure("presence.figure.answered");
        PresenceFigure all = summary.active();
        if (answered.exact() && all.exact()) {
            int percent = summary.answeredPercent()
                    .orElse(EvidenceService.percent(answered.atLeast(), all.atLeast()));
            return List.of(texts.text("assessment.evidence.equality", answered.atLeast(), all.atLeast(), percent));
        }
        String shown = answered.fewerThanFive()
                ? texts.text("assessment.evidence.equality.fewerThanFive")
                : texts.text("assessment.evidence.equality.band", answered.atLeast(), answered.atMost());
        return List.of(shown, texts.text("assessment.evidence.equality.bandsWhy"));
    }

    private static List<String> packsAhead(Messages texts, List<MeetingPlan> recent, LocalDate today) {
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
                if (ChronoUnit.DAYS.between(invitation.packSentOn(), date) >= EvidenceService.PACK_DAYS_AHEAD) {
                    ahead++;
                } else if (past) {
                    late++;
                }
            }
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(sent == 0 ? texts.text("assessment.evidence.packs.none")
                : texts.text("assessment.evidence.packs", ahead, sent, EvidenceService.percent(ahead, sent)));
        if (late > 0) {
            sentences.add(texts.text("assessment.evidence.packs.late", late));
        }
        if (notSent > 0) {
            sentences.add(texts.text("assessment.evidence.packs.notSent", notSent));
        }
        return sentences;
    }

    private List<String> paymentPolicy(Messages texts, LocalDate today) {
        var policy = services.paymentPolicy();
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
        BudgetReport report = services.budget().report(year);
        sentences.add(report.saved()
                ? texts.text("assessment.evidence.budget.set", report.total().budget().format(Locale.UK), year.label())
                : texts.text("assessment.evidence.budget.none", year.label()));
        return sentences;
    }

    private List<String> timeToPay(Messages texts) {
        TimelinessReport.Figures all = services.timeliness().report(TimelinessSpan.LAST_12_MONTHS).all();
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
}
