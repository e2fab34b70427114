package org.fourpi.toolkit.payments;

import java.math.BigDecimal;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * The Payments tab of a person's record: how they like to be paid, whether they decline fees, and
 * which earnings limit to watch, with their own figure for the custom kinds. Knows the person only by id.
 */
public final class PersonPaymentsViewModel {

    private final PaymentPreferencesService preferences;
    private final TaskExecutor executor;
    private final Messages messages;

    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>();
    private final BooleanProperty declinesFees = new SimpleBooleanProperty();
    private final ObjectProperty<EarningsLimit> limit = new SimpleObjectProperty<>(EarningsLimit.NONE);
    private final StringProperty customLimit = new SimpleStringProperty("");
    private final StringProperty customLimitError = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanBinding customLimitShown;
    private Long personId;
    private boolean filling;

    public PersonPaymentsViewModel(PaymentPreferencesService preferences, TaskExecutor executor, Messages messages) {
        this.preferences = preferences;
        this.executor = executor;
        this.messages = messages;
        customLimitShown = Bindings.createBooleanBinding(() -> limit.get() != null && limit.get().isCustom(), limit);
        ChangeListener<Object> changed = (obs, old, now) -> {
            if (!filling) {
                dirty.set(true);
            }
        };
        method.addListener(changed);
        declinesFees.addListener(changed);
        limit.addListener(changed);
        customLimit.addListener(changed);
    }

    /** Shows a saved person's preferences; null (a person not yet saved) clears the tab. */
    public void show(Long id) {
        personId = id;
        fill(PaymentPreferences.NONE);
        status.set("");
        if (id == null) {
            return;
        }
        busy.set(true);
        BackgroundTask.of(progress -> preferences.find(id))
                .onSuccess(found -> {
                    if (id.equals(personId)) {
                        fill(found);
                    }
                })
                .onFailure(error -> status.set(messages.text("payments.person.status.loadFailed")))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Checks the custom figure and saves in the background. Returns false when the figure is wrong. */
    public boolean save() {
        if (busy.get() || personId == null) {
            return false;
        }
        PreferencesProblem problem = null;
        Money amount = null;
        if (limit.get().isCustom()) {
            String text = customLimit.get() == null ? "" : customLimit.get().strip();
            BigDecimal value = text.isEmpty() ? null : RateRules.parseAmount(text);
            if (text.isEmpty()) {
                problem = PreferencesProblem.CUSTOM_LIMIT_REQUIRED;
            } else if (value == null || value.scale() > 2) {
                problem = PreferencesProblem.CUSTOM_LIMIT_NOT_AN_AMOUNT;
            } else {
                amount = Money.of(value);
            }
        }
        PaymentPreferences wanted = new PaymentPreferences(method.get(), declinesFees.get(), limit.get(), amount);
        if (problem == null) {
            problem = PaymentPreferencesService.check(wanted).orElse(null);
        }
        if (problem != null) {
            showProblem(problem);
            return false;
        }
        customLimitError.set("");
        long id = personId;
        busy.set(true);
        status.set(messages.text("payments.person.status.saving"));
        BackgroundTask.of(progress -> preferences.save(id, wanted))
                .onSuccess(saved -> {
                    if (Long.valueOf(id).equals(personId)) {
                        fill(saved);
                        status.set(messages.text("payments.person.status.saved"));
                    }
                })
                .onFailure(error -> {
                    if (error instanceof InvalidPreferencesException invalid) {
                        showProblem(invalid.problem());
                    } else {
                        status.set(messages.text("payments.person.status.saveFailed"));
                    }
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
        return true;
    }

    public boolean hasUnsavedChanges() {
        return dirty.get();
    }

    private void showProblem(PreferencesProblem problem) {
        customLimitError.set(messages.text(problem.labelKey()));
        status.set(messages.text("payments.person.status.invalid"));
    }

    private void fill(PaymentPreferences p) {
        filling = true;
        try {
            method.set(p.method());
            declinesFees.set(p.declinesFees());
            limit.set(p.limit());
            customLimit.set(p.customLimit() == null ? "" : p.customLimit().toPlainString());
            customLimitError.set("");
            dirty.set(false);
        } finally {
            filling = false;
        }
    }

    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
    }

    public BooleanProperty declinesFeesProperty() {
        return declinesFees;
    }

    public ObjectProperty<EarningsLimit> limitProperty() {
        return limit;
    }

    public StringProperty customLimitProperty() {
        return customLimit;
    }

    /** True for the two limits where the person gives us the figure. */
    public BooleanBinding customLimitShownProperty() {
        return customLimitShown;
    }

    public ReadOnlyStringProperty customLimitErrorProperty() {
        return customLimitError;
    }

    /** A sentence about the last save. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }
}
