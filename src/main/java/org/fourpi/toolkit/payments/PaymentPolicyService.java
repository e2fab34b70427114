package org.fourpi.toolkit.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fourpi.toolkit.common.db.Database;

/** The organisation's payment policy: its rate sets, which set is in force on a day, and its policy text. */
public final class PaymentPolicyService {

    public static final int MAX_POLICY_TEXT = 10_000;

    private final Database database;
    private final Clock clock;
    private final PaymentPolicyRepository repository = new PaymentPolicyRepository();

    public PaymentPolicyService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
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
            repository.insert(db, rates, LocalDateTime.now(clock));
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
            repository.replaceActivityFees(db, effectiveFrom, fees);
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
        database.transaction(db -> repository.savePolicyText(db, tidy, LocalDateTime.now(clock)));
        return tidy;
    }
}
