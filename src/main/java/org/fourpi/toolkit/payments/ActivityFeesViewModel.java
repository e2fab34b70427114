package org.fourpi.toolkit.payments;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * The fees for particular activities (an interview panel, a training day) in one rate set, on the
 * payment policy page: rows to add, change and remove, checked by {@link ActivityFeeRules} before saving.
 */
public final class ActivityFeesViewModel {

    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    /** A field of a row, so the view can move focus to it. */
    public record Place(ActivityFeeRow row, ActivityFeeField field) {
    }

    private final PaymentPolicyService policy;
    private final TaskExecutor executor;
    private final Messages messages;

    private final ObjectProperty<PaymentRates> rateSet = new SimpleObjectProperty<>();
    private final ObservableList<ActivityFeeRow> rows = FXCollections.observableArrayList();
    private final StringProperty forSetText = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Place> firstInvalid = new SimpleObjectProperty<>();

    public ActivityFeesViewModel(PaymentPolicyService policy, TaskExecutor executor, Messages messages) {
        this.policy = policy;
        this.executor = executor;
        this.messages = messages;
        rateSet.addListener((obs, old, set) -> load(set));
    }

    /** The rate set whose activity fees are shown; changing it reads that set's fees. */
    public ObjectProperty<PaymentRates> rateSetProperty() {
        return rateSet;
    }

    public ObservableList<ActivityFeeRow> rows() {
        return rows;
    }

    /** Which set the rows belong to, in words: "These fees are part of the rates from 6 April 2026." */
    public ReadOnlyStringProperty forSetTextProperty() {
        return forSetText;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The first field with a problem after an attempt to save, so the view can move focus to it. */
    public ReadOnlyObjectProperty<Place> firstInvalidProperty() {
        return firstInvalid;
    }

    /** "Rates from 6 April 2026", to name a set in the chooser. */
    public String setName(PaymentRates rates) {
        return rates == null ? "" : messages.text("payments.activityFees.setName", shownDate(rates.effectiveFrom()));
    }

    /** A field's name for screen readers: "Row 2, Half day". */
    public String fieldName(ActivityFeeRow row, ActivityFeeField field) {
        return messages.text("payments.activityFees.rowField", rows.indexOf(row) + 1, messages.text(field.labelKey()));
    }

    public String removeText() {
        return messages.text("payments.activityFees.removeButton");
    }

    /** "Remove row 2". */
    public String removeName(ActivityFeeRow row) {
        return messages.text("payments.activityFees.removeAccessible", rows.indexOf(row) + 1);
    }

    /** A column heading. */
    public String heading(ActivityFeeField field) {
        return messages.text("payments.activityFees.column." + field.name());
    }

    /** A new row, filled in with the set's general fees so only what differs needs typing. */
    public ActivityFeeRow addRow() {
        PaymentRates set = rateSet.get();
        ActivityFeeRow row = set == null ? new ActivityFeeRow("", "", "", "")
                : new ActivityFeeRow("", set.feeHourly().toPlainString(), set.feeHalfDay().toPlainString(),
                set.feeDay().toPlainString());
        rows.add(row);
        status.set("");
        return row;
    }

    public void removeRow(ActivityFeeRow row) {
        rows.remove(row);
        status.set("");
    }

    /**
     * Checks every row and, when all are right, saves them as the set's fees for particular activities in
     * place of those before. Returns false, saving nothing, when any row has a problem.
     */
    public boolean save() {
        PaymentRates set = rateSet.get();
        if (busy.get() || set == null) {
            return false;
        }
        List<ActivityFeeProblem> problems = ActivityFeeRules.checkTyped(rows.stream().map(ActivityFeeRow::typed)
                .toList());
        showProblems(problems);
        if (!problems.isEmpty()) {
            status.set(messages.text("payments.activityFees.status.invalid", problems.size()));
            return false;
        }
        List<ActivityFee> fees = rows.stream().map(ActivityFeesViewModel::toFee).toList();
        LocalDate date = set.effectiveFrom();
        busy.set(true);
        status.set(messages.text("payments.status.saving"));
        BackgroundTask.of(progress -> {
                    policy.saveActivityFees(date, fees);
                    return policy.activityFees(date);
                })
                .onSuccess(saved -> {
                    if (set.equals(rateSet.get())) {
                        showFees(saved);
                    }
                    status.set(messages.text("payments.activityFees.status.saved", saved.size(), shownDate(date)));
                })
                .onFailure(error -> {
                    if (error instanceof InvalidActivityFeesException invalid) {
                        showProblems(invalid.problems());
                        status.set(messages.text("payments.activityFees.status.invalid", invalid.problems().size()));
                    } else {
                        status.set(messages.text("payments.status.saveFailed"));
                    }
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
        return true;
    }

    private void load(PaymentRates set) {
        rows.clear();
        status.set("");
        if (set == null) {
            forSetText.set(messages.text("payments.activityFees.noSet"));
            return;
        }
        forSetText.set(messages.text("payments.activityFees.forSet", shownDate(set.effectiveFrom())));
        busy.set(true);
        BackgroundTask.of(progress -> policy.activityFees(set.effectiveFrom()))
                .onSuccess(fees -> {
                    if (set.equals(rateSet.get())) {
                        showFees(fees);
                    }
                })
                .onFailure(error -> status.set(messages.text("payments.status.loadFailed")))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private void showFees(List<ActivityFee> fees) {
        rows.setAll(fees.stream().map(f -> new ActivityFeeRow(f.activityType(), f.fees().hourly().toPlainString(),
                f.fees().halfDay().toPlainString(), f.fees().day().toPlainString())).toList());
    }

    private void showProblems(List<ActivityFeeProblem> problems) {
        Place first = null;
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            Map<ActivityFeeField, String> byField = new EnumMap<>(ActivityFeeField.class);
            for (ActivityFeeProblem problem : problems) {
                if (problem.row() == row) {
                    byField.putIfAbsent(problem.field(), messages.text(problem.kind().labelKey(), row,
                            messages.text(problem.field().labelKey()), ActivityFee.MAX_TYPE_LENGTH));
                }
            }
            rows.get(i).showErrors(byField);
            if (first == null && !byField.isEmpty()) {
                first = new Place(rows.get(i), byField.keySet().iterator().next());
            }
        }
        firstInvalid.set(null);
        firstInvalid.set(first);
    }

    private static ActivityFee toFee(ActivityFeeRow row) {
        Map<ActivityFeeField, String> typed = row.typed();
        return new ActivityFee(typed.get(ActivityFeeField.NAME), new FeeRates(amount(typed, ActivityFeeField.HOURLY),
                amount(typed, ActivityFeeField.HALF_DAY), amount(typed, ActivityFeeField.DAY)));
    }

    private static Money amount(Map<ActivityFeeField, String> typed, ActivityFeeField field) {
        return Money.of(RateRules.parseAmount(typed.get(field)));
    }

    private static String shownDate(LocalDate date) {
        return SHOWN_DATE.format(date);
    }
}
