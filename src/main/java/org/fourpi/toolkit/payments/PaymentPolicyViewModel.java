package org.fourpi.toolkit.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * The payment policy on the Settings page: the rate sets with their dates, a form for a new set
 * (filled in from the latest one), and the policy text.
 */
public final class PaymentPolicyViewModel {

    /** Dates are typed the British way: day/month/year. */
    public static final DateTimeFormatter TYPED_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final PaymentPolicyService policy;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;

    private final ObservableList<PaymentRates> rateSets = FXCollections.observableArrayList();
    private final Map<RateField, StringProperty> values = new EnumMap<>(RateField.class);
    private final Map<RateField, StringProperty> errors = new EnumMap<>(RateField.class);
    private final StringProperty policyText = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty policyStatus = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<RateField> firstInvalidField = new SimpleObjectProperty<>();
    private final ActivityFeesViewModel activityFees;

    public PaymentPolicyViewModel(PaymentPolicyService policy, TaskExecutor executor, Messages messages, Clock clock) {
        this.policy = policy;
        this.executor = executor;
        this.messages = messages;
        this.clock = clock;
        this.activityFees = new ActivityFeesViewModel(policy, executor, messages);
        for (RateField field : RateField.values()) {
            values.put(field, new SimpleStringProperty(""));
            errors.put(field, new SimpleStringProperty(""));
        }
    }

    /** The rate sets, the latest effective date first. */
    public ObservableList<PaymentRates> rateSets() {
        return rateSets;
    }

    /** The fees for particular activities in the latest rate set. */
    public ActivityFeesViewModel activityFees() {
        return activityFees;
    }

    public StringProperty value(RateField field) {
        return values.get(field);
    }

    public ReadOnlyStringProperty error(RateField field) {
        return errors.get(field);
    }

    public StringProperty policyTextProperty() {
        return policyText;
    }

    /** A sentence about the last rate set saved or refused. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** A sentence about the last policy text saved. */
    public ReadOnlyStringProperty policyStatusProperty() {
        return policyStatus;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The first field with a problem after an attempt to add, so the view can move focus to it. */
    public ReadOnlyObjectProperty<RateField> firstInvalidFieldProperty() {
        return firstInvalidField;
    }

    /** Reads the rate sets and policy text, and fills the form from the latest set. */
    public void load() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        BackgroundTask.of(progress -> new Loaded(policy.rateSets(), policy.policyText()))
                .onSuccess(loaded -> {
                    showRateSets(loaded.rateSets());
                    policyText.set(loaded.policyText());
                })
                .onFailure(error -> status.set(messages.text("payments.status.loadFailed")))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Checks the form and adds the new rate set in the background. Returns false when a field is wrong. */
    public boolean addRateSet() {
        if (busy.get()) {
            return false;
        }
        Map<RateField, RateProblem> problems = new EnumMap<>(RateField.class);
        PaymentRates rates = read(problems);
        if (rates != null) {
            problems.putAll(RateRules.check(rates, rateSets.stream().map(PaymentRates::effectiveFrom).toList()));
        }
        if (!showProblems(problems)) {
            return false;
        }
        busy.set(true);
        status.set(messages.text("payments.status.saving"));
        BackgroundTask.of(progress -> {
                    // A new set keeps the activity fees of the set before it, to be changed where they differ.
                    List<ActivityFee> before = policy.ratesOn(rates.effectiveFrom().minusDays(1))
                            .map(set -> policy.activityFees(set.effectiveFrom())).orElse(List.of());
                    policy.save(rates);
                    if (!before.isEmpty()) {
                        policy.saveActivityFees(rates.effectiveFrom(), before);
                    }
                    return policy.rateSets();
                })
                .onSuccess(saved -> {
                    showRateSets(saved);
                    status.set(messages.text("payments.status.saved", shownDate(rates.effectiveFrom())));
                })
                .onFailure(error -> {
                    if (error instanceof InvalidRatesException invalid) {
                        showProblems(invalid.problems());
                    } else {
                        status.set(messages.text("payments.status.saveFailed"));
                    }
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
        return true;
    }

    public void savePolicyText() {
        if (busy.get()) {
            return;
        }
        if (policyText.get().strip().length() > PaymentPolicyService.MAX_POLICY_TEXT) {
            policyStatus.set(messages.text("payments.policy.tooLong", PaymentPolicyService.MAX_POLICY_TEXT));
            return;
        }
        String text = policyText.get();
        busy.set(true);
        policyStatus.set(messages.text("payments.status.saving"));
        BackgroundTask.of(progress -> policy.savePolicyText(text))
                .onSuccess(saved -> {
                    policyText.set(saved);
                    policyStatus.set(messages.text("payments.policy.saved"));
                })
                .onFailure(error -> policyStatus.set(messages.text("payments.policy.saveFailed")))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** "6 April 2027". */
    public String takesEffectText(PaymentRates rates) {
        return shownDate(rates.effectiveFrom());
    }

    public String feesText(PaymentRates rates) {
        return messages.text("payments.table.fees", pounds(rates.feeHourly()), pounds(rates.feeHalfDay()),
                pounds(rates.feeDay()));
    }

    public String mileageText(PaymentRates rates) {
        return messages.text("payments.table.mileage", pence(rates.mileageFirst10000()),
                pence(rates.mileageAfter10000()), pence(rates.mileagePerPassenger()));
    }

    public String limitsText(PaymentRates rates) {
        return messages.text("payments.table.limits", pounds(rates.esaWeeklyLimit()),
                pounds(rates.carersAllowanceWeeklyLimit()), pounds(rates.tradingAllowance()));
    }

    public String targetDaysText(PaymentRates rates) {
        return messages.text("payments.table.days", rates.targetDaysToPay());
    }

    private void showRateSets(List<PaymentRates> sets) {
        rateSets.setAll(sets);
        errors.values().forEach(e -> e.set(""));
        activityFees.rateSetProperty().set(sets.isEmpty() ? null : sets.getFirst());
        if (sets.isEmpty()) {
            values.get(RateField.TARGET_DAYS_TO_PAY).set("14");
            values.get(RateField.EFFECTIVE_FROM).set(TYPED_DATE.format(nextTaxYearStart(LocalDate.now(clock))));
            return;
        }
        PaymentRates latest = sets.getFirst();
        RateRules.amounts(latest).forEach((field, amount) -> values.get(field).set(amount.toPlainString()));
        values.get(RateField.TARGET_DAYS_TO_PAY).set(Integer.toString(latest.targetDaysToPay()));
        LocalDate after = latest.effectiveFrom().isAfter(LocalDate.now(clock))
                ? latest.effectiveFrom() : LocalDate.now(clock);
        values.get(RateField.EFFECTIVE_FROM).set(TYPED_DATE.format(nextTaxYearStart(after)));
    }

    private static LocalDate nextTaxYearStart(LocalDate date) {
        return TaxYear.of(date).next().start();
    }

    /** The typed set, or null when a field cannot be read; problems with reading go into {@code problems}. */
    private PaymentRates read(Map<RateField, RateProblem> problems) {
        LocalDate date = null;
        String dateText = values.get(RateField.EFFECTIVE_FROM).get().strip();
        if (dateText.isEmpty()) {
            problems.put(RateField.EFFECTIVE_FROM, RateProblem.REQUIRED);
        } else {
            try {
                date = LocalDate.parse(dateText, TYPED_DATE);
            } catch (DateTimeParseException e) {
                problems.put(RateField.EFFECTIVE_FROM, RateProblem.NOT_A_DATE);
            }
        }
        Map<RateField, Money> amounts = new EnumMap<>(RateField.class);
        for (RateField field : RateField.values()) {
            if (field.isAmount()) {
                String text = values.get(field).get();
                RateProblem problem = RateRules.checkAmount(field, text);
                if (problem == null) {
                    amounts.put(field, Money.of(RateRules.parseAmount(text)));
                } else {
                    problems.put(field, problem);
                }
            }
        }
        int days = 0;
        String daysText = values.get(RateField.TARGET_DAYS_TO_PAY).get().strip();
        if (daysText.isEmpty()) {
            problems.put(RateField.TARGET_DAYS_TO_PAY, RateProblem.REQUIRED);
        } else {
            try {
                days = Integer.parseInt(daysText);
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (!RateRules.isTargetDays(days)) {
                problems.put(RateField.TARGET_DAYS_TO_PAY, RateProblem.DAYS_OUT_OF_RANGE);
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new PaymentRates(date, amounts.get(RateField.FEE_HOURLY), amounts.get(RateField.FEE_HALF_DAY),
                amounts.get(RateField.FEE_DAY), amounts.get(RateField.MILEAGE_FIRST_10000),
                amounts.get(RateField.MILEAGE_AFTER_10000), amounts.get(RateField.MILEAGE_PER_PASSENGER),
                amounts.get(RateField.CHILDCARE_HOURLY), amounts.get(RateField.REPLACEMENT_CARER_HOURLY),
                amounts.get(RateField.SUPPORT_WORKER_HOURLY), amounts.get(RateField.SUBSISTENCE_LIMIT_DAY), days,
                amounts.get(RateField.ESA_WEEKLY_LIMIT), amounts.get(RateField.CARERS_ALLOWANCE_WEEKLY_LIMIT),
                amounts.get(RateField.TRADING_ALLOWANCE));
    }

    /** Shows each field's problem; returns true when there are none. */
    private boolean showProblems(Map<RateField, RateProblem> problems) {
        RateField first = null;
        for (RateField field : RateField.values()) {
            RateProblem problem = problems.get(field);
            errors.get(field).set(problem == null ? "" : messages.text(problem.labelKey(),
                    messages.text(field.labelKey()), RateRules.MAX_TARGET_DAYS,
                    RateRules.maxFor(field).format(Locale.UK).replace("£", "")));
            if (problem != null && first == null) {
                first = field;
            }
        }
        firstInvalidField.set(null);
        firstInvalidField.set(first);
        if (first != null) {
            status.set(messages.text("payments.status.invalid", problems.size()));
        }
        return first == null;
    }

    private static String shownDate(LocalDate date) {
        return SHOWN_DATE.format(date);
    }

    private static String pounds(Money money) {
        return money.format(Locale.UK);
    }

    /** Mileage rates as people say them: "45p". */
    private String pence(Money rate) {
        if (rate.amount().compareTo(BigDecimal.ONE) >= 0) {
            return pounds(rate);
        }
        return messages.text("payments.table.pence", rate.amount().movePointRight(2).stripTrailingZeros().toPlainString());
    }

    private record Loaded(List<PaymentRates> rateSets, String policyText) {
    }
}
