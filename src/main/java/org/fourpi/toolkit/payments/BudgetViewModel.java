package org.fourpi.toolkit.payments;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * The Budget tab: a tax year's budget per category to type and save, beside what is spent, committed and
 * left, with the year's totals; last year's budget can be copied in as a start.
 */
public final class BudgetViewModel {

    /** How many earlier tax years can be chosen besides the current and the next. */
    static final int EARLIER_YEARS = 5;

    /** One category: the typed budget, its problem, and its figures in words. */
    public static final class CategoryRow {

        private final ClaimCategory category;
        private final String name;
        private final StringProperty budget = new SimpleStringProperty("");
        private final StringProperty error = new SimpleStringProperty("");
        private final StringProperty spent = new SimpleStringProperty("");
        private final StringProperty committed = new SimpleStringProperty("");
        private final StringProperty left = new SimpleStringProperty("");
        private final StringProperty summary = new SimpleStringProperty("");
        private final BooleanProperty over = new SimpleBooleanProperty();

        CategoryRow(ClaimCategory category, String name) {
            this.category = category;
            this.name = name;
        }

        public ClaimCategory category() {
            return category;
        }

        /** The category's name, such as "Taxi". */
        public String name() {
            return name;
        }

        /** The budget as typed, such as "1250" or "£1,250.00". */
        public StringProperty budgetProperty() {
            return budget;
        }

        public ReadOnlyStringProperty errorProperty() {
            return error;
        }

        public ReadOnlyStringProperty spentProperty() {
            return spent;
        }

        public ReadOnlyStringProperty committedProperty() {
            return committed;
        }

        /** "£300.00 left" or "£120.00 over". */
        public ReadOnlyStringProperty leftProperty() {
            return left;
        }

        /** True when more is spent and committed than the budget. */
        public ReadOnlyBooleanProperty overProperty() {
            return over;
        }

        /** The category's figures in one sentence, for a screen reader. */
        public ReadOnlyStringProperty summaryProperty() {
            return summary;
        }
    }

    private final BudgetService budgets;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObservableList<TaxYear> years = FXCollections.observableArrayList();
    private final ObjectProperty<TaxYear> year = new SimpleObjectProperty<>();
    private final List<CategoryRow> rows = new ArrayList<>();
    private final StringProperty totalBudget = new SimpleStringProperty("");
    private final StringProperty totalSpent = new SimpleStringProperty("");
    private final StringProperty totalCommitted = new SimpleStringProperty("");
    private final StringProperty totalLeft = new SimpleStringProperty("");
    private final BooleanProperty totalOver = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<ClaimCategory> firstInvalid = new SimpleObjectProperty<>();
    private boolean again;
    /** The year whose budget the form was last filled from, and that budget, to tell what is unsaved. */
    private TaxYear loadedYear;
    private Map<ClaimCategory, Money> saved = Map.of();

    public BudgetViewModel(BudgetService budgets, TaskExecutor executor, DialogService dialogs, Messages messages,
                           LocalDate today) {
        this.budgets = budgets;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        TaxYear current = TaxYear.of(today);
        years.add(current.next());
        for (int back = 0; back <= EARLIER_YEARS; back++) {
            years.add(TaxYear.starting(current.startYear() - back));
        }
        year.set(current);
        for (ClaimCategory category : ClaimCategory.values()) {
            rows.add(new CategoryRow(category, messages.text(category.labelKey())));
        }
    }

    /**
     * Shows another tax year. When the budget shown has changes not saved, asks first.
     *
     * @return false when the person chose to stay with the year shown
     */
    public boolean chooseYear(TaxYear chosen) {
        if (chosen == null || chosen.equals(year.get())) {
            return true;
        }
        if (hasUnsavedChanges() && !dialogs.confirm(messages.text("payments.budget.unsaved.title"),
                messages.text("payments.budget.unsaved.message", year.get().label()),
                messages.text("payments.budget.unsaved.leave"), messages.text("payments.budget.unsaved.stay"))) {
            return false;
        }
        year.set(chosen);
        refresh();
        return true;
    }

    /** True when a budget was typed or copied in for the year shown but not saved. */
    public boolean hasUnsavedChanges() {
        if (loadedYear == null) {
            return false;
        }
        return rows.stream().anyMatch(row -> BudgetService.check(row.budget.get()) != null
                || !BudgetService.parse(row.budget.get()).equals(saved.getOrDefault(row.category, Money.ZERO)));
    }

    /**
     * Reads the chosen year's budget and spending in the background. Budgets typed for that year and not
     * yet saved are kept; only the figures beside them are read again.
     */
    public void refresh() {
        if (busy.get()) {
            again = true;
            return;
        }
        TaxYear chosen = year.get();
        boolean keepTyped = chosen.equals(loadedYear) && hasUnsavedChanges();
        busy.set(true);
        status.set(messages.text("payments.budget.status.loading"));
        BackgroundTask.of(progress -> budgets.report(chosen))
                .onSuccess(report -> {
                    show(report, !keepTyped);
                    status.set(keepTyped ? messages.text("payments.budget.status.notSavedYet")
                            : report.saved() ? "" : messages.text("payments.budget.status.noneSaved", chosen.label()));
                })
                .onFailure(error -> status.set(messages.text("payments.budget.status.failed")))
                .onFinished(this::finished)
                .executeWith(executor);
    }

    /** Checks every typed budget and saves them all at once. Returns false when one is wrong. */
    public boolean save() {
        if (busy.get()) {
            return false;
        }
        Map<ClaimCategory, BudgetProblem> problems = new EnumMap<>(ClaimCategory.class);
        Map<ClaimCategory, Money> amounts = new EnumMap<>(ClaimCategory.class);
        for (CategoryRow row : rows) {
            BudgetProblem problem = BudgetService.check(row.budget.get());
            if (problem == null) {
                amounts.put(row.category, BudgetService.parse(row.budget.get()));
            } else {
                problems.put(row.category, problem);
            }
        }
        if (!showProblems(problems)) {
            return false;
        }
        TaxYear chosen = year.get();
        busy.set(true);
        status.set(messages.text("payments.budget.status.saving"));
        BackgroundTask.of(progress -> budgets.save(chosen, amounts))
                .onSuccess(report -> {
                    show(report, true);
                    status.set(messages.text("payments.budget.status.saved", chosen.label()));
                })
                .onFailure(error -> {
                    if (error instanceof InvalidBudgetException invalid) {
                        showProblems(invalid.problems());
                    } else {
                        status.set(messages.text("payments.budget.status.saveFailed"));
                    }
                })
                .onFinished(this::finished)
                .executeWith(executor);
        return true;
    }

    /** Fills the form with the previous tax year's budget, to change and save. Nothing is saved yet. */
    public void copyLastYear() {
        if (busy.get()) {
            return;
        }
        TaxYear previous = TaxYear.starting(year.get().startYear() - 1);
        busy.set(true);
        BackgroundTask.of(progress -> budgets.amounts(previous))
                .onSuccess(amounts -> {
                    if (amounts.isEmpty()) {
                        status.set(messages.text("payments.budget.status.nothingToCopy", previous.label()));
                        return;
                    }
                    for (CategoryRow row : rows) {
                        row.budget.set(amounts.getOrDefault(row.category, Money.ZERO).toPlainString());
                        row.error.set("");
                    }
                    status.set(messages.text("payments.budget.status.copied", previous.label()));
                })
                .onFailure(error -> status.set(messages.text("payments.budget.status.failed")))
                .onFinished(this::finished)
                .executeWith(executor);
    }

    private void finished() {
        busy.set(false);
        if (again) {
            again = false;
            refresh();
        }
    }

    private void show(BudgetReport report, boolean fillForm) {
        if (fillForm) {
            loadedYear = report.year();
            Map<ClaimCategory, Money> amounts = new EnumMap<>(ClaimCategory.class);
            report.lines().forEach(line -> amounts.put(line.category(), line.budget()));
            saved = amounts;
        }
        for (int i = 0; i < rows.size(); i++) {
            CategoryRow row = rows.get(i);
            BudgetReport.Line line = report.lines().get(i);
            if (fillForm) {
                row.budget.set(line.budget().toPlainString());
                row.error.set("");
            }
            row.spent.set(money(line.spent()));
            row.committed.set(money(line.committed()));
            row.left.set(left(line, report.saved()));
            row.over.set(report.saved() && line.over());
            row.summary.set(messages.text("payments.budget.row.summary", row.name, money(line.budget()),
                    money(line.spent()), money(line.committed()), left(line, report.saved())));
        }
        BudgetReport.Line total = report.total();
        totalBudget.set(money(total.budget()));
        totalSpent.set(money(total.spent()));
        totalCommitted.set(money(total.committed()));
        totalLeft.set(left(total, report.saved()));
        totalOver.set(report.saved() && total.over());
        summary.set(report.saved()
                ? messages.text("payments.budget.summary", report.year().label(), money(total.budget()),
                        money(total.spent()), money(total.committed()), left(total, true))
                : messages.text("payments.budget.summary.noneSaved", report.year().label(),
                        money(total.spent()), money(total.committed())));
    }

    /**
     * "£300.00 left" or "£120.00 over": over budget is said in words. Before any budget is saved for the
     * year there is nothing to be over, so it says so instead.
     */
    String left(BudgetReport.Line line, boolean budgetSaved) {
        if (!budgetSaved) {
            return messages.text("payments.budget.noBudget");
        }
        Money left = line.left();
        return left.isNegative() ? messages.text("payments.budget.over", money(Money.ZERO.minus(left)))
                : messages.text("payments.budget.left", money(left));
    }

    /** Shows each category's problem, naming the category; returns true when there are none. */
    private boolean showProblems(Map<ClaimCategory, BudgetProblem> problems) {
        ClaimCategory first = null;
        for (CategoryRow row : rows) {
            BudgetProblem problem = problems.get(row.category);
            row.error.set(problem == null ? "" : messages.text(problem.labelKey(), row.name,
                    money(BudgetService.MAX_BUDGET)));
            if (problem != null && first == null) {
                first = row.category;
            }
        }
        firstInvalid.set(null);
        firstInvalid.set(first);
        if (first != null) {
            status.set(messages.text("payments.budget.status.invalid", problems.size()));
        }
        return first == null;
    }

    private static String money(Money amount) {
        return amount.format(Locale.UK);
    }

    /** "2026-27 (6 April 2026 to 5 April 2027)". */
    public String yearText(TaxYear value) {
        return value == null ? "" : messages.text("payments.budget.year", value.label(),
                Integer.toString(value.startYear()), Integer.toString(value.startYear() + 1));
    }

    public ObservableList<TaxYear> years() {
        return years;
    }

    public ReadOnlyObjectProperty<TaxYear> yearProperty() {
        return year;
    }

    /** One row per category, in the order of {@link ClaimCategory}. */
    public List<CategoryRow> rows() {
        return List.copyOf(rows);
    }

    public CategoryRow row(ClaimCategory category) {
        return rows.get(category.ordinal());
    }

    public ReadOnlyStringProperty totalBudgetProperty() {
        return totalBudget;
    }

    public ReadOnlyStringProperty totalSpentProperty() {
        return totalSpent;
    }

    public ReadOnlyStringProperty totalCommittedProperty() {
        return totalCommitted;
    }

    public ReadOnlyStringProperty totalLeftProperty() {
        return totalLeft;
    }

    public ReadOnlyBooleanProperty totalOverProperty() {
        return totalOver;
    }

    /** The year's totals in a sentence. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The first category with a problem after an attempt to save, so the view can move focus to it. */
    public ReadOnlyObjectProperty<ClaimCategory> firstInvalidProperty() {
        return firstInvalid;
    }
}
