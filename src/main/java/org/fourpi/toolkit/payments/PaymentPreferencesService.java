package org.fourpi.toolkit.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.fourpi.toolkit.audit.AuditArea;
import org.fourpi.toolkit.audit.AuditChange;
import org.fourpi.toolkit.audit.AuditTrail;
import org.fourpi.toolkit.audit.FieldChanges;
import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.money.Money;

/**
 * Each person's payment preferences, by person id, and the earnings limit they asked us to watch as
 * it stands on a given day.
 */
public final class PaymentPreferencesService {

    public static final Money MAX_CUSTOM_LIMIT = RateRules.MAX_LIMIT;

    private final Database database;
    private final Clock clock;
    private final PaymentPolicyService policy;
    private final PaymentPreferencesRepository repository = new PaymentPreferencesRepository();
    private final AuditTrail audit;

    public PaymentPreferencesService(Database database, Clock clock, PaymentPolicyService policy) {
        this(database, clock, policy, AuditTrail.NONE);
    }

    /** @param audit where each change is written, in the change's own transaction */
    public PaymentPreferencesService(Database database, Clock clock, PaymentPolicyService policy, AuditTrail audit) {
        this.database = database;
        this.clock = clock;
        this.policy = policy;
        this.audit = audit;
    }

    /** The person's preferences; {@link PaymentPreferences#NONE} when none have been saved. */
    public PaymentPreferences find(long personId) {
        return repository.find(database.dsl(), personId).orElse(PaymentPreferences.NONE);
    }

    /** True when anyone's preferences have been saved. */
    public boolean hasAny() {
        return repository.any(database.dsl());
    }

    /**
     * Saves the person's preferences in place of any before.
     *
     * @throws InvalidPreferencesException when the custom figure is missing, not above £0, or given
     *                                     for a limit that does not take one; nothing is saved then
     */
    public PaymentPreferences save(long personId, PaymentPreferences preferences) {
        check(preferences).ifPresent(problem -> {
            throw new InvalidPreferencesException(problem);
        });
        database.transaction(db -> {
            PaymentPreferences before = repository.find(db, personId).orElse(PaymentPreferences.NONE);
            repository.save(db, personId, preferences, LocalDateTime.now(clock));
            audit.record(db, FieldChanges.between(before, preferences, AuditArea.PAYMENTS,
                            "paymentPreferences.changed", personId, personId)
                    .field("preferences.method", PaymentPreferences::method)
                    .field("preferences.declinesFees", PaymentPreferences::declinesFees)
                    .field("preferences.limit", PaymentPreferences::limit)
                    .field("preferences.customLimit", PaymentPreferences::customLimit)
                    .changes());
        });
        return preferences;
    }

    /** The problem with a set of preferences, if any. */
    public static Optional<PreferencesProblem> check(PaymentPreferences p) {
        if (!p.limit().isCustom()) {
            return p.customLimit() == null ? Optional.empty() : Optional.of(PreferencesProblem.CUSTOM_LIMIT_NOT_EXPECTED);
        }
        if (p.customLimit() == null) {
            return Optional.of(PreferencesProblem.CUSTOM_LIMIT_REQUIRED);
        }
        if (p.customLimit().amount().signum() <= 0 || p.customLimit().compareTo(MAX_CUSTOM_LIMIT) > 0) {
            return Optional.of(PreferencesProblem.CUSTOM_LIMIT_OUT_OF_RANGE);
        }
        return Optional.empty();
    }

    /**
     * The limit the person asked us to watch as it stands on a date: the ESA or Carer's Allowance figure
     * from the rates in force that day, or their own figure. Empty when they watch none, or no rates
     * were in force yet for a benefit limit.
     */
    public Optional<WatchedLimit> weeklyOrYearlyLimitOn(long personId, LocalDate date) {
        PaymentPreferences p = find(personId);
        EarningsLimit kind = p.limit();
        return switch (kind) {
            case NONE -> Optional.empty();
            case ESA_PERMITTED_WORK -> policy.ratesOn(date)
                    .map(rates -> new WatchedLimit(kind, rates.esaWeeklyLimit(), kind.period()));
            case CARERS_ALLOWANCE -> policy.ratesOn(date)
                    .map(rates -> new WatchedLimit(kind, rates.carersAllowanceWeeklyLimit(), kind.period()));
            case CUSTOM_WEEKLY, CUSTOM_YEARLY -> Optional.of(new WatchedLimit(kind, p.customLimit(), kind.period()));
        };
    }
}
