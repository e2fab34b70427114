package org.fourpi.toolkit.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.demo.ExampleData;

/**
 * A year of fictional claims for the example people who take part: forums, interview panels, training
 * days and consultation events, with their fees, fares, mileage and care costs, most paid on time and a
 * few late, waiting, drafted or rejected. Everything goes through {@link ClaimService}, so the amounts
 * are worked out from the example rate sets exactly as for real claims. The plan is fixed for a given
 * day: the only chance comes from a seeded {@link Random}.
 */
public final class ExampleClaims implements ExampleData {

    /** The rates before the shipped set, a little lower, so the year before April 2026 can be paid. */
    public static final LocalDate EARLIER_RATES_FROM = LocalDate.of(2025, 4, 6);
    public static final String INTERVIEW_PANEL = "Interview panel";
    public static final String TRAINING = "Training";
    public static final String CONSULTATION_EVENT = "Consultation event";
    public static final String CLAIMED_TWICE = "Claimed twice: the same meeting is on an earlier claim, already paid.";

    private static final long SEED = 4_2013L;
    private static final DateTimeFormatter REF_DATE = DateTimeFormatter.ofPattern("ddMMyy", Locale.UK);

    /** How the people in {@code ExamplePeople} order usually get to a meeting, by their place in it. */
    private enum Travel { BUS, TRAIN, CAR, TAXI }

    // Places in the example people's order (see ExamplePeople): service users 0-10, carers 11-18, both
    // 19-22, staff and volunteers 23-26, more service users 27-29, staff and volunteers 30-31, taking a
    // break 32-36, left 37-39.
    private static final int[] SERVICE_USERS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 19, 20, 21, 22, 27, 28, 29};
    private static final int[] CARERS = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22};
    private static final int[] TAKING_A_BREAK_SERVICE_USERS = {32, 33, 35, 36};
    private static final int[] TAKING_A_BREAK_CARERS = {34, 36};
    private static final int[] TRUSTEES = {4, 14, 21};
    private static final int[] PANEL_MEMBERS = {1, 7, 10, 20, 22, 5, 0, 8};
    private static final int[] TRAINEES = {2, 5, 6, 8, 10, 17, 18, 22, 28, 29};
    private static final int[] CONSULTED = {0, 1, 3, 7, 9, 11, 12, 13, 16, 20, 27};
    private static final int NEEDS_TAXI_A = 11;
    private static final int NEEDS_TAXI_B = 21;
    private static final int HAS_CHILDREN = 19;
    private static final int CARES_AT_HOME_A = 11;
    private static final int CARES_AT_HOME_B = 13;
    private static final int HAS_SUPPORT_WORKER = 27;
    private static final int NEEDS_INTERPRETER = 12;
    private static final int ESA_EXAMPLE = 6;
    private static final int JOINS_ONLINE = 10;

    private final Database database;
    private final ClaimService claims;
    private final PaymentPolicyService policy;
    private final PaymentPreferencesService preferences;
    private final Supplier<List<Long>> personIds;
    private final Clock clock;

    private Random random;
    private LocalDate today;
    private List<Long> ids;
    /** Fees planned so far by person and week (Monday) or tax year, to keep within watched limits. */
    private final Map<String, Money> feesSoFar = new HashMap<>();
    private final List<Long> paidClaims = new ArrayList<>();
    private final Map<Long, PaymentPreferences> chosen = new HashMap<>();
    private final Map<Event, Optional<FeeRates>> feeRates = new HashMap<>();
    private int references;

    /**
     * @param personIds the example people's ids in the order they were added; the people are added first
     */
    public ExampleClaims(Database database, ClaimService claims, PaymentPolicyService policy,
                         PaymentPreferencesService preferences, Supplier<List<Long>> personIds, Clock clock) {
        this.database = database;
        this.claims = claims;
        this.policy = policy;
        this.preferences = preferences;
        this.personIds = personIds;
        this.clock = clock;
    }

    @Override
    public boolean hasRecords() {
        return !claims.list(ClaimFilter.ALL).isEmpty();
    }

    /**
     * Adds the year of claims. Each step of each claim is its own transaction (about 900 commits), so
     * commits are batched while they are added: these are examples, and nothing real is at stake.
     */
    @Override
    public void add() {
        database.withCommitsBatched(this::addClaims);
    }

    private void addClaims() {
        random = new Random(SEED);
        today = LocalDate.now(clock);
        ids = personIds.get();
        feesSoFar.clear();
        paidClaims.clear();
        chosen.clear();
        feeRates.clear();
        references = 0;
        if (ids.size() < 30) {
            return;
        }
        addRates();
        List<Event> events = plan();
        for (Event event : events) {
            for (int place : event.people()) {
                addClaim(event, place);
            }
        }
        addOddOnes(events);
    }

    /** The earlier rate set and the example activity fees of both sets. */
    private void addRates() {
        Optional<PaymentRates> shipped = policy.rateSets().stream()
                .filter(r -> r.effectiveFrom().isAfter(EARLIER_RATES_FROM)).reduce((a, b) -> b);
        if (shipped.isEmpty()) {
            return;
        }
        PaymentRates later = shipped.get();
        if (policy.ratesOn(EARLIER_RATES_FROM).isEmpty()) {
            policy.save(new PaymentRates(EARLIER_RATES_FROM, Money.of("19.00"), Money.of("52.00"), Money.of("104.00"),
                    later.mileageFirst10000(), later.mileageAfter10000(), later.mileagePerPassenger(),
                    Money.of("11.50"), Money.of("14.50"), Money.of("14.50"), later.subsistenceLimitDay(),
                    later.targetDaysToPay(), Money.of("195.50"), Money.of("196.00"), Money.of("1000.00")));
            policy.saveActivityFees(EARLIER_RATES_FROM, List.of(
                    fee(CONSULTATION_EVENT, "21.00", "57.00", "110.00"),
                    fee(INTERVIEW_PANEL, "24.00", "66.00", "124.00"),
                    fee(TRAINING, "19.00", "57.00", "114.00")));
        }
        if (policy.activityFees(later.effectiveFrom()).isEmpty()) {
            policy.saveActivityFees(later.effectiveFrom(), List.of(
                    fee(CONSULTATION_EVENT, "22.00", "60.00", "115.00"),
                    fee(INTERVIEW_PANEL, "25.00", "70.00", "130.00"),
                    fee(TRAINING, "20.00", "60.00", "120.00")));
        }
    }

    private static ActivityFee fee(String type, String hourly, String halfDay, String day) {
        return new ActivityFee(type, new FeeRates(Money.of(hourly), Money.of(halfDay), Money.of(day)));
    }

    private enum Kind { SERVICE_USER_FORUM, CARERS_FORUM, TRUSTEES, PANEL, TRAINING, CONSULTATION, PLANNING }

    private record Event(Kind kind, String activity, String activityType, LocalDate date, List<Integer> people) {
    }

    /** The year's activities, oldest first, each with the places of the people who came. */
    private List<Event> plan() {
        List<Event> events = new ArrayList<>();
        LocalDate from = today.minusYears(1).plusDays(1);
        YearMonth first = YearMonth.from(from);
        for (int m = 0; m <= 12; m++) {
            YearMonth month = first.plusMonths(m);
            boolean beforeBreak = month.atDay(1).isBefore(today.minusMonths(6));
            LocalDate forum = nth(month, 2, DayOfWeek.TUESDAY);
            events.add(new Event(Kind.SERVICE_USER_FORUM, "Service user forum", "", forum,
                    attending(SERVICE_USERS, beforeBreak ? TAKING_A_BREAK_SERVICE_USERS : new int[0], 30)));
            LocalDate carers = month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
            events.add(new Event(Kind.CARERS_FORUM, "Carers' forum", "", carers,
                    attending(CARERS, beforeBreak ? TAKING_A_BREAK_CARERS : new int[0], 30)));
            if (m % 2 == 1) {
                events.add(new Event(Kind.TRUSTEES, "Trustee board meeting", "", nth(month, 3, DayOfWeek.MONDAY),
                        list(TRUSTEES)));
            }
            if (m % 3 == 1) {
                events.add(new Event(Kind.PANEL, "Interview panel: peer support worker posts", INTERVIEW_PANEL,
                        nth(month, 1, DayOfWeek.WEDNESDAY), rotate(PANEL_MEMBERS, m, 3)));
            }
            if (m == 2 || m == 6 || m == 9) {
                LocalDate training = nth(month, 3, DayOfWeek.THURSDAY);
                List<Integer> trainees = new ArrayList<>(rotate(TRAINEES, m, 5));
                if (m == 6) {
                    if (!trainees.contains(ESA_EXAMPLE)) {
                        trainees.add(ESA_EXAMPLE);
                    }
                    // The same week, a planning meeting: the week's fees come near the ESA limit.
                    events.add(new Event(Kind.PLANNING, "Peer support group planning", "",
                            training.with(DayOfWeek.MONDAY), List.of(ESA_EXAMPLE, 1)));
                }
                events.add(new Event(Kind.TRAINING, "Training day: sharing your story safely", TRAINING, training,
                        trainees));
            }
            if (m == 3 || m == 8) {
                List<Integer> consulted = new ArrayList<>(rotate(CONSULTED, m, 6));
                if (m == 3 && !consulted.contains(NEEDS_INTERPRETER)) {
                    consulted.add(NEEDS_INTERPRETER);
                }
                events.add(new Event(Kind.CONSULTATION, "Consultation event: the new crisis service",
                        CONSULTATION_EVENT, nth(month, 1, DayOfWeek.SATURDAY), consulted));
            }
        }
        return events.stream()
                .filter(e -> !e.date().isBefore(from) && !e.date().isAfter(today) && !e.people().isEmpty())
                .filter(e -> policy.ratesOn(e.date()).isPresent())
                .sorted((a, b) -> a.date().compareTo(b.date()))
                .toList();
    }

    private static LocalDate nth(YearMonth month, int n, DayOfWeek day) {
        return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    private List<Integer> attending(int[] regulars, int[] onBreak, int percent) {
        List<Integer> people = new ArrayList<>();
        for (int place : regulars) {
            if (random.nextInt(100) < percent) {
                people.add(place);
            }
        }
        for (int place : onBreak) {
            if (random.nextInt(100) < percent) {
                people.add(place);
            }
        }
        return people;
    }

    private static List<Integer> list(int[] places) {
        List<Integer> people = new ArrayList<>();
        for (int place : places) {
            people.add(place);
        }
        return people;
    }

    private static List<Integer> rotate(int[] places, int start, int count) {
        List<Integer> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(places[(start + i) % places.length]);
        }
        return people;
    }

    private static Travel travel(int place) {
        return switch (place) {
            case NEEDS_TAXI_A, NEEDS_TAXI_B -> Travel.TAXI;
            case 1, 7, 9, 17, 22, 33 -> Travel.TRAIN;
            case 3, 4, 13, 14, 15, 16, 19, 34 -> Travel.CAR;
            default -> Travel.BUS;
        };
    }

    /** One person's claim for one activity, moved along as far as it would have got by today. */
    private void addClaim(Event event, int place) {
        long personId = ids.get(place);
        List<LineInput> lines = lines(event, place, personId);
        if (lines.isEmpty()) {
            return;
        }
        Claim claim = claims.create(new ClaimDraft(personId, event.activity(), event.activityType(), event.date(),
                "", lines));
        progress(claim, personId, event.date());
    }

    private List<LineInput> lines(Event event, int place, long personId) {
        List<LineInput> lines = new ArrayList<>();
        feeLine(event, place, personId).ifPresent(lines::add);
        boolean wholeDay = event.kind() == Kind.TRAINING || event.kind() == Kind.PANEL
                || event.kind() == Kind.CONSULTATION;
        boolean bookedByUs = event.kind() == Kind.TRAINING || event.kind() == Kind.CONSULTATION;
        if (place == JOINS_ONLINE && event.kind() == Kind.SERVICE_USER_FORUM) {
            lines.add(LineInput.cost(ClaimCategory.OTHER, "Mobile data to join the meeting online",
                    Money.of("5.00")));
            return lines;
        }
        switch (travel(place)) {
            case BUS -> lines.add(LineInput.cost(ClaimCategory.PUBLIC_TRANSPORT, "Bus, return",
                    pick("6.00", "6.00", "5.50", "4.80")));
            case TRAIN -> lines.add(bookedByUs
                    ? LineInput.cost(ClaimCategory.PUBLIC_TRANSPORT, "Train, off-peak return, booked by us",
                            pick("14.60", "18.40", "11.20")).paidByOrganisation(true)
                    : LineInput.cost(ClaimCategory.PUBLIC_TRANSPORT, "Train, off-peak return",
                            pick("9.80", "14.60", "18.40", "11.20")));
            case CAR -> {
                BigDecimal miles = BigDecimal.valueOf(60 + random.nextInt(260), 1);
                int passengers = random.nextDouble() < 0.3 ? 1 + random.nextInt(2) : 0;
                lines.add(LineInput.mileage(miles, passengers));
                if (random.nextDouble() < 0.4) {
                    lines.add(LineInput.cost(ClaimCategory.PARKING, "Car park", pick("3.50", "4.20", "5.00", "6.00")));
                }
            }
            case TAXI -> lines.add(LineInput.cost(ClaimCategory.TAXI, "Taxi, return (step-free access)",
                    pick("16.00", "18.50", "21.00", "24.50")));
        }
        if (wholeDay && event.kind() != Kind.TRAINING) {
            lines.add(LineInput.cost(ClaimCategory.SUBSISTENCE, "Lunch", pick("6.40", "7.25", "8.50", "9.80")));
        }
        int hours = wholeDay ? 7 : 4;
        if (place == HAS_CHILDREN) {
            lines.add(LineInput.hours(ClaimCategory.CHILDCARE, BigDecimal.valueOf(hours)));
        }
        if (place == CARES_AT_HOME_A || place == CARES_AT_HOME_B && random.nextBoolean()) {
            lines.add(LineInput.hours(ClaimCategory.REPLACEMENT_CARER, BigDecimal.valueOf(hours)));
        }
        if (place == HAS_SUPPORT_WORKER) {
            lines.add(LineInput.hours(ClaimCategory.SUPPORT_WORKER, BigDecimal.valueOf(hours - 1)));
        }
        if (place == NEEDS_INTERPRETER && event.kind() == Kind.CONSULTATION) {
            lines.add(LineInput.cost(ClaimCategory.INTERPRETER, "Sylheti interpreter, 4 hours",
                    Money.of("128.00")));
        }
        return lines;
    }

    /**
     * The fee, if the person takes fees and it keeps them within the limit they asked us to watch; a
     * smaller fee of hours when the usual one would not. Trustees are not paid for board meetings.
     */
    private Optional<LineInput> feeLine(Event event, int place, long personId) {
        if (event.kind() == Kind.TRUSTEES || preferencesOf(personId).declinesFees()) {
            return Optional.empty();
        }
        List<LineInput> choices = switch (event.kind()) {
            case SERVICE_USER_FORUM -> random.nextBoolean() || place == ESA_EXAMPLE
                    ? List.of(LineInput.fee(FeeUnit.HOURS, BigDecimal.valueOf(3)),
                            LineInput.fee(FeeUnit.HOURS, BigDecimal.valueOf(2)))
                    : List.of(LineInput.fee(FeeUnit.HALF_DAYS, BigDecimal.ONE),
                            LineInput.fee(FeeUnit.HOURS, BigDecimal.valueOf(2)));
            case CARERS_FORUM -> List.of(LineInput.fee(FeeUnit.HOURS, BigDecimal.valueOf(2)),
                    LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE));
            case PLANNING -> List.of(LineInput.fee(FeeUnit.HOURS, BigDecimal.valueOf(3)),
                    LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE));
            case PANEL -> List.of(LineInput.fee(FeeUnit.DAYS, BigDecimal.ONE),
                    LineInput.fee(FeeUnit.HALF_DAYS, BigDecimal.ONE));
            case TRAINING -> List.of(LineInput.fee(FeeUnit.DAYS, BigDecimal.ONE),
                    LineInput.fee(FeeUnit.HALF_DAYS, BigDecimal.ONE));
            case CONSULTATION -> List.of(LineInput.fee(FeeUnit.HALF_DAYS, BigDecimal.ONE),
                    LineInput.fee(FeeUnit.HOURS, BigDecimal.valueOf(2)));
            case TRUSTEES -> List.of();
        };
        Optional<FeeRates> rates = feeRates.computeIfAbsent(event, e -> policy.feesOn(e.date(), e.activityType()));
        Optional<WatchedLimit> limit = preferencesOf(personId).limit() == EarningsLimit.NONE ? Optional.empty()
                : preferences.weeklyOrYearlyLimitOn(personId, event.date());
        TaxYear year = TaxYear.of(event.date());
        String key = limit.map(l -> l.period() == LimitPeriod.WEEK
                ? personId + "/" + event.date().with(DayOfWeek.MONDAY) : personId + "/" + year.start()).orElse(null);
        for (LineInput choice : choices) {
            Money amount = rates.map(r -> r.per(choice.feeUnit()).times(choice.quantity())).orElse(Money.ZERO);
            Money total = key == null ? amount : feesSoFar.getOrDefault(key, Money.ZERO).plus(amount);
            if (limit.isEmpty() || total.compareTo(limit.get().amount()) <= 0) {
                if (key != null) {
                    feesSoFar.put(key, total);
                }
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }

    /**
     * Submits, approves and pays a claim on the days it would have happened: most within the 14-day
     * target, some late, and the newest still waiting. People paid in cash are paid on the day.
     */
    private void progress(Claim claim, long personId, LocalDate activity) {
        PaymentMethod method = Optional.ofNullable(preferencesOf(personId).method())
                .orElse(PaymentMethod.BANK_TRANSFER);
        LocalDate submitted;
        LocalDate approved;
        LocalDate paid;
        if (method == PaymentMethod.CASH) {
            submitted = activity;
            approved = activity;
            paid = activity;
        } else {
            submitted = activity.plusDays(random.nextInt(4));
            approved = submitted.plusDays(1 + random.nextInt(3));
            int roll = random.nextInt(100);
            if (roll < 10) {
                paid = activity.plusDays(20 + random.nextInt(21));
                approved = paid.minusDays(random.nextInt(3));
            } else if (roll < 16 && activity.isAfter(today.minusDays(45))) {
                paid = null;
            } else {
                paid = approved.plusDays(random.nextInt(14 - (int) (approved.toEpochDay() - activity.toEpochDay())));
            }
        }
        if (submitted.isAfter(today)) {
            submitted = today;
        }
        long id = claim.id();
        claims.submit(id, submitted);
        if (approved.isAfter(today)) {
            return;
        }
        claims.approve(id, approved);
        if (paid == null || paid.isAfter(today)) {
            return;
        }
        claims.markPaid(id, paid, method, reference(method, paid));
        paidClaims.add(id);
    }

    private String reference(PaymentMethod method, LocalDate paid) {
        references++;
        return switch (method) {
            case BANK_TRANSFER -> "BACS " + REF_DATE.format(paid) + "-" + (100 + references);
            case CASH -> "Cash on the day, signed for";
            case CHEQUE -> "Cheque " + (200_400 + references);
            case VOUCHER -> "Voucher V" + (5_000 + references);
        };
    }

    /** A couple of drafts, two rejected claims and an adjustment: the things a real year holds too. */
    private void addOddOnes(List<Event> events) {
        Event last = events.getLast();
        claims.create(new ClaimDraft(ids.get(absentFrom(last, SERVICE_USERS)), last.activity(), last.activityType(), last.date(),
                "Will add the bus ticket photo", List.of(LineInput.cost(ClaimCategory.PUBLIC_TRANSPORT, "Bus, return",
                        Money.of("6.00")))));
        Event earlierForum = events.stream().filter(e -> e.kind() == Kind.CARERS_FORUM)
                .filter(e -> e.date().isBefore(today.minusDays(10))).reduce((a, b) -> b).orElse(last);
        claims.create(new ClaimDraft(ids.get(absentFrom(earlierForum, new int[] {16, 15, 14, 13})), earlierForum.activity(), "", earlierForum.date(), "",
                List.of(LineInput.mileage(new BigDecimal("14.2"), 0))));

        if (paidClaims.size() < 10) {
            return;
        }
        Claim twice = claims.find(paidClaims.get(paidClaims.size() / 3)).orElseThrow();
        Claim copy = claims.create(twice.toDraft());
        LocalDate sent = twice.paidOn().plusDays(3).isAfter(today) ? today : twice.paidOn().plusDays(3);
        claims.submit(copy.id(), sent);
        claims.reject(copy.id(), CLAIMED_TWICE);

        Event taxiRide = events.stream().filter(e -> e.kind() == Kind.SERVICE_USER_FORUM)
                .filter(e -> e.date().isBefore(today.minusDays(60))).reduce((a, b) -> b).orElse(last);
        Claim taxi = claims.create(new ClaimDraft(ids.get(8), taxiRide.activity(), "", taxiRide.date(), "",
                List.of(LineInput.cost(ClaimCategory.TAXI, "Taxi, return", Money.of("32.00")))));
        claims.submit(taxi.id(), taxiRide.date().plusDays(1));
        claims.reject(taxi.id(), "A taxi was not agreed before the meeting. Please claim the bus fare instead,"
                + " and ask us first if you need a taxi next time.");

        long adjusted = paidClaims.subList(paidClaims.size() / 5, paidClaims.size()).stream()
                .filter(id -> claims.find(id).orElseThrow().lines().stream()
                        .anyMatch(l -> l.category() == ClaimCategory.MILEAGE))
                .findFirst().orElse(paidClaims.getFirst());
        claims.addAdjustment(adjusted, LineInput.cost(ClaimCategory.PARKING, "Car park", Money.of("4.50")),
                "Parking receipt came in after the claim was paid.");
    }

    private PaymentPreferences preferencesOf(long personId) {
        return chosen.computeIfAbsent(personId, preferences::find);
    }

    /** The first of the places who did not come to an event (the last one if all came). */
    private static int absentFrom(Event event, int[] places) {
        for (int place : places) {
            if (!event.people().contains(place)) {
                return place;
            }
        }
        return places[places.length - 1];
    }

    private Money pick(String... amounts) {
        return Money.of(amounts[random.nextInt(amounts.length)]);
    }
}
