package org.fourpi.toolkit.payments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.fourpi.toolkit.common.db.Database;
import org.jooq.DSLContext;

/**
 * How quickly claims are paid, a 4PI standard ("clear and timely payment"): for each month, the claims
 * paid, the middle number of days from the activity to the payment, and the share paid within the
 * target of the rate set in force on the activity date; and how many claims are waiting today.
 */
public final class TimelinessService {

    private final Database database;
    private final Clock clock;
    private final PaymentPolicyService policy;
    private final TimelinessRepository repository = new TimelinessRepository();

    public TimelinessService(Database database, Clock clock, PaymentPolicyService policy) {
        this.database = database;
        this.clock = clock;
        this.policy = policy;
    }

    /** The figures for a span, counted by the month each claim was paid in. */
    public TimelinessReport report(TimelinessSpan span) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = span.from(today);
        LocalDate to = span.to(today);
        Targets targets = new Targets(policy.rateSets());
        DSLContext db = database.dsl();
        List<TimelinessRepository.Dates> paid = repository.paidBetween(db, from, to);
        List<LocalDate> waiting = repository.waiting(db);

        List<TimelinessReport.Month> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate first = later(month.atDay(1), from);
            LocalDate last = earlier(month.atEndOfMonth(), to);
            List<TimelinessRepository.Dates> inMonth = paid.stream()
                    .filter(d -> !d.paidOn().isBefore(first) && !d.paidOn().isAfter(last)).toList();
            months.add(new TimelinessReport.Month(month, first, last, figures(inMonth, targets),
                    targets.on(last)));
        }
        int pastTarget = (int) waiting.stream().filter(date -> targets.on(date)
                .stream().anyMatch(target -> ChronoUnit.DAYS.between(date, today) > target)).count();
        return new TimelinessReport(span, from, to, months, figures(paid, targets),
                new TimelinessReport.Waiting(waiting.size(), pastTarget), today);
    }

    /**
     * The figures of {@code report(span).all()}, with the claims counted by the database in groups (by
     * days taken and by rate set), so that it takes about as long for 100,000 claims as for 100.
     */
    public TimelinessReport.Figures paidFigures(TimelinessSpan span) {
        LocalDate today = LocalDate.now(clock);
        Targets targets = new Targets(policy.rateSets());
        List<LocalDate> starts = targets.sets().stream().map(PaymentRates::effectiveFrom).sorted().toList();
        List<TimelinessRepository.PaidGroup> groups = repository.paidGroupsBetween(database.dsl(), span.from(today),
                span.to(today), starts);
        if (groups.isEmpty()) {
            return TimelinessReport.Figures.NONE;
        }
        SortedMap<Long, Integer> days = new TreeMap<>();
        int paid = 0;
        int judged = 0;
        int within = 0;
        Set<Integer> seen = new HashSet<>();
        for (TimelinessRepository.PaidGroup group : groups) {
            long taken = Math.max(0, group.days());
            days.merge(taken, group.claims(), Integer::sum);
            paid += group.claims();
            // Period 0 is before the first set, judged by the first set's target like the others.
            OptionalInt target = targets.on(group.period() == 0 ? LocalDate.MIN : starts.get(group.period() - 1));
            if (target.isPresent()) {
                judged += group.claims();
                seen.add(target.getAsInt());
                if (taken <= target.getAsInt()) {
                    within += group.claims();
                }
            }
        }
        OptionalInt same = seen.size() == 1 ? OptionalInt.of(seen.iterator().next()) : OptionalInt.empty();
        return new TimelinessReport.Figures(paid, medianDays(days, paid), judged, within, same);
    }

    /** {@link #medianDays(List)} of {@code count} values given as how many times each one occurs. */
    static Optional<BigDecimal> medianDays(SortedMap<Long, Integer> occurrences, int count) {
        if (count == 0) {
            return Optional.empty();
        }
        int middle = count / 2;
        long below = -1;
        long at = -1;
        int seen = 0;
        for (Map.Entry<Long, Integer> entry : occurrences.entrySet()) {
            int next = seen + entry.getValue();
            if (seen <= middle - 1 && middle - 1 < next) {
                below = entry.getKey();
            }
            if (seen <= middle && middle < next) {
                at = entry.getKey();
                break;
            }
            seen = next;
        }
        BigDecimal median = count % 2 == 1 ? BigDecimal.valueOf(at)
                : BigDecimal.valueOf(below + at).divide(BigDecimal.TWO);
        return Optional.of(median.setScale(1, RoundingMode.HALF_UP));
    }

    private static TimelinessReport.Figures figures(List<TimelinessRepository.Dates> paid, Targets targets) {
        if (paid.isEmpty()) {
            return TimelinessReport.Figures.NONE;
        }
        List<Long> days = paid.stream().map(TimelinessService::daysToPay).toList();
        int judged = 0;
        int within = 0;
        List<Integer> seen = new ArrayList<>();
        for (TimelinessRepository.Dates claim : paid) {
            OptionalInt target = targets.on(claim.activityDate());
            if (target.isPresent()) {
                judged++;
                seen.add(target.getAsInt());
                if (daysToPay(claim) <= target.getAsInt()) {
                    within++;
                }
            }
        }
        OptionalInt same = seen.stream().distinct().count() == 1 ? OptionalInt.of(seen.getFirst()) : OptionalInt.empty();
        return new TimelinessReport.Figures(paid.size(), medianDays(days), judged, within, same);
    }

    /** Days from the activity to the payment; money paid ahead of the activity, so nobody is out of pocket, counts as 0. */
    private static long daysToPay(TimelinessRepository.Dates claim) {
        return Math.max(0, ChronoUnit.DAYS.between(claim.activityDate(), claim.paidOn()));
    }

    /** The middle value, or the mean of the two middle values, to one decimal place; empty for no values. */
    static Optional<BigDecimal> medianDays(List<Long> days) {
        if (days.isEmpty()) {
            return Optional.empty();
        }
        List<Long> sorted = days.stream().sorted().toList();
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? BigDecimal.valueOf(sorted.get(middle))
                : BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle)).divide(BigDecimal.TWO);
        return Optional.of(median.setScale(1, RoundingMode.HALF_UP));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * The target days of the rate set in force on a date. An activity before the first set is judged by
     * the first set's target, the nearest the organisation agreed; with no sets there is no target.
     */
    private record Targets(List<PaymentRates> sets) {

        Targets {
            sets = sets.stream().sorted(Comparator.comparing(PaymentRates::effectiveFrom).reversed()).toList();
        }

        OptionalInt on(LocalDate date) {
            if (sets.isEmpty()) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(sets.stream().filter(s -> !s.effectiveFrom().isAfter(date)).findFirst()
                    .orElse(sets.getLast()).targetDaysToPay());
        }
    }
}
