package org.fourpi.toolkit.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fourpi.toolkit.audit.AuditArea;
import org.fourpi.toolkit.audit.AuditChange;
import org.fourpi.toolkit.audit.AuditTrail;
import org.fourpi.toolkit.audit.FieldChanges;
import org.fourpi.toolkit.common.db.Database;

/** The organisation's payment policy: its rate sets, which set is in force on a day, and its policy text. */
public final class PaymentPolicyService {

    public static final int MAX_POLICY_TEXT = 10_000;

    private final Database database;
    private final Clock clock;
    private final PaymentPolicyRepository repository = new PaymentPolicyRepository();
    private final AuditTrail audit;

    public PaymentPolicyService(Database database, Clock clock) {
        this(database, clock, AuditTrail.NONE);
    }

    /** @param audit where each change is written, in the change's own transaction */
    public PaymentPolicyService(Database database, Clock clock, AuditTrail audit) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
    }

    /** Every rate set, the latest effective date first. */
    public List<PaymentRates> rateSets() {
        return repository.all(database.dsl());
    }

    /** The rates in force on a date: the set with the latest effective date on or before it. */
    public Optional<PaymentRates> ratesOn(LocalDate date) {
        return repository.inForceOn(database.dsl(), date);
    }

    /**
     * Adds a rate set that takes effect on its date.
     *
     * @throws InvalidRatesException when a field breaks the rules; nothing is saved then
     */
    public PaymentRates save(PaymentRates rates) {
        return database.transactionResult(db -> {
            Map<RateField, RateProblem> problems = RateRules.check(rates, repository.effectiveDates(db));
            if (!problems.isEmpty()) {
                throw new InvalidRatesException(problems);
            }
            Optional<PaymentRates> before = repository.inForceOn(db, rates.effectiveFrom());
            repository.insert(db, rates, LocalDateTime.now(clock));
            audit.record(db, rateChanges(before.orElse(null), rates));
            return rates;
        });
    }

    /** The fees for particular kinds of activity in the set taking effect on a date, by name. */
    public List<ActivityFee> activityFees(LocalDate effectiveFrom) {
        return repository.activityFees(database.dsl(), effectiveFrom);
    }

    /**
     * Sets the fees for particular kinds of activity in a saved rate set, in place of those before.
     *
     * @throws InvalidActivityFeesException when a row breaks {@link ActivityFeeRules}; nothing is saved then
     * @throws IllegalArgumentException     when no set takes effect on the date; nothing is saved then
     */
    public List<ActivityFee> saveActivityFees(LocalDate effectiveFrom, List<ActivityFee> fees) {
        List<ActivityFeeProblem> problems = ActivityFeeRules.check(fees);
        if (!problems.isEmpty()) {
            throw new InvalidActivityFeesException(problems);
        }
        database.transaction(db -> {
            if (!repository.effectiveDates(db).contains(effectiveFrom)) {
                throw new IllegalArgumentException("No rate set takes effect on " + effectiveFrom);
            }
            List<ActivityFee> before = repository.activityFees(db, effectiveFrom);
            repository.replaceActivityFees(db, effectiveFrom, fees);
            audit.record(db, feeChanges(effectiveFrom, before, fees));
        });
        return List.copyOf(fees);
    }

    /** The kinds of activity with fees of their own in the set in force on a date, by name. */
    public List<String> activityTypesOn(LocalDate date) {
        return ratesOn(date).map(r -> activityFees(r.effectiveFrom()).stream().map(ActivityFee::activityType).toList())
                .orElse(List.of());
    }

    /**
     * The fees for an activity on a date: its own fees in the set in force that day, or the set's general
     * fees when it has none (or {@code activityType} is empty). Empty before the first set takes effect.
     */
    public Optional<FeeRates> feesOn(LocalDate date, String activityType) {
        return ratesOn(date).map(rates -> activityFees(rates.effectiveFrom()).stream()
                .filter(f -> f.activityType().equalsIgnoreCase(activityType == null ? "" : activityType.strip()))
                .map(ActivityFee::fees)
                .findFirst()
                .orElse(rates.generalFees()));
    }

    /** The policy in plain words, for meeting packs and claim forms; empty when none has been written. */
    public String policyText() {
        return repository.policyText(database.dsl()).orElse("");
    }

    public String savePolicyText(String text) {
        String tidy = text == null ? "" : text.strip();
        if (tidy.length() > MAX_POLICY_TEXT) {
            throw new IllegalArgumentException("Policy text longer than " + MAX_POLICY_TEXT + " characters");
        }
        database.transaction(db -> {
            String before = repository.policyText(db).orElse("");
            repository.savePolicyText(db, tidy, LocalDateTime.now(clock));
            if (!before.equals(tidy)) {
                audit.record(db, new AuditChange(AuditArea.PAYMENTS, "rates.policyText", null, null, "policyText",
                        before, tidy));
            }
        });
        return tidy;
    }

    /**
     * A new rate set for the log: the date it takes effect, then each rate that differs from the set in
     * force before it on that date.
     */
    private static List<AuditChange> rateChanges(PaymentRates before, PaymentRates after) {
        List<AuditChange> changes = new java.util.ArrayList<>();
        changes.add(new AuditChange(AuditArea.PAYMENTS, "rates.added", null, null, "effectiveFrom",
                before == null ? null : before.effectiveFrom(), after.effectiveFrom()));
        changes.addAll(FieldChanges.between(before, after, AuditArea.PAYMENTS, "rates.added", null, null)
                .field("rates.feeHourly", PaymentRates::feeHourly)
                .field("rates.feeHalfDay", PaymentRates::feeHalfDay)
                .field("rates.feeDay", PaymentRates::feeDay)
                .field("rates.mileageFirst10000", PaymentRates::mileageFirst10000)
                .field("rates.mileageAfter10000", PaymentRates::mileageAfter10000)
                .field("rates.mileagePerPassenger", PaymentRates::mileagePerPassenger)
                .field("rates.childcareHourly", PaymentRates::childcareHourly)
                .field("rates.replacementCarerHourly", PaymentRates::replacementCarerHourly)
                .field("rates.supportWorkerHourly", PaymentRates::supportWorkerHourly)
                .field("rates.subsistenceLimitDay", PaymentRates::subsistenceLimitDay)
                .field("rates.targetDaysToPay", r -> Integer.toString(r.targetDaysToPay()))
                .field("rates.esaWeeklyLimit", PaymentRates::esaWeeklyLimit)
                .field("rates.carersAllowanceWeeklyLimit", PaymentRates::carersAllowanceWeeklyLimit)
                .field("rates.tradingAllowance", PaymentRates::tradingAllowance)
                .changes());
        return changes;
    }

    /** Each kind of activity whose fees were added, changed or removed: its name and hourly, half-day and day fees. */
    private static List<AuditChange> feeChanges(LocalDate effectiveFrom, List<ActivityFee> before,
                                                List<ActivityFee> after) {
        Map<String, ActivityFee> was = new java.util.LinkedHashMap<>();
        before.forEach(f -> was.put(f.activityType().toLowerCase(java.util.Locale.ROOT), f));
        Map<String, ActivityFee> is = new java.util.LinkedHashMap<>();
        after.forEach(f -> is.put(f.activityType().strip().toLowerCase(java.util.Locale.ROOT), f));
        java.util.Set<String> types = new java.util.LinkedHashSet<>(was.keySet());
        types.addAll(is.keySet());
        List<AuditChange> changes = new java.util.ArrayList<>();
        for (String type : types) {
            Object old = describe(effectiveFrom, was.get(type));
            Object now = describe(effectiveFrom, is.get(type));
            if (!java.util.Objects.equals(old, now)) {
                changes.add(new AuditChange(AuditArea.PAYMENTS, "rates.activityFees", null, null, "activityFee",
                        old, now));
            }
        }
        return changes;
    }

    private static Object describe(LocalDate effectiveFrom, ActivityFee fee) {
        return fee == null ? null : List.of(fee.activityType().strip(), fee.fees().hourly(), fee.fees().halfDay(),
                fee.fees().day(), effectiveFrom);
    }
}
