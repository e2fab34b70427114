package org.fourpi.toolkit.payments;

import java.util.EnumMap;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.ui.FieldErrors;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Styles;
import org.fourpi.toolkit.payments.BudgetViewModel.CategoryRow;

/**
 * Code-behind of the Budget tab: one row per category with its budget to type and its spent, committed
 * and left figures, then the totals; binds them to the view model.
 */
public final class BudgetView {

    private static final String HEADING = "budget-heading";
    private static final String TOTAL = "budget-total";
    private static final String INPUT = "budget-input";
    private static final String OVER = "budget-over";
    private static final String NAME = "budget-name";
    private static final String CELL = "budget-cell";

    private final BudgetViewModel viewModel;
    private final Messages messages;
    private final Map<ClaimCategory, TextField> inputs = new EnumMap<>(ClaimCategory.class);

    @FXML private ComboBox<TaxYear> yearChoice;
    @FXML private Button copyLastYearButton;
    @FXML private Label budgetSummaryLabel;
    @FXML private GridPane budgetGrid;
    @FXML private Button saveBudgetButton;
    @FXML private Label budgetStatusLabel;

    public BudgetView(BudgetViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        StringConverter<TaxYear> names = new StringConverter<>() {
            @Override
            public String toString(TaxYear year) {
                return viewModel.yearText(year);
            }

            @Override
            public TaxYear fromString(String text) {
                return null;
            }
        };
        yearChoice.setItems(viewModel.years());
        yearChoice.setConverter(names);
        yearChoice.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TaxYear item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : names.toString(item));
            }
        });
        yearChoice.setValue(viewModel.yearProperty().get());
        yearChoice.valueProperty().addListener((obs, old, chosen) -> {
            if (!viewModel.chooseYear(chosen)) {
                yearChoice.setValue(old);
            }
        });
        copyLastYearButton.disableProperty().bind(viewModel.busyProperty());
        saveBudgetButton.disableProperty().bind(viewModel.busyProperty());
        bindText(budgetSummaryLabel, viewModel.summaryProperty());
        bindText(budgetStatusLabel, viewModel.statusProperty());
        buildGrid();
        viewModel.firstInvalidProperty().addListener((obs, old, category) -> {
            if (category != null) {
                inputs.get(category).requestFocus();
            }
        });
    }

    private void buildGrid() {
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.SOMETIMES);
        budgetGrid.getColumnConstraints().add(name);
        int row = 0;
        String[] headings = {"payments.budget.column.category", "payments.budget.column.budget",
            "payments.budget.column.spent", "payments.budget.column.committed", "payments.budget.column.left"};
        for (int column = 0; column < headings.length; column++) {
            Label heading = label(messages.text(headings[column]), HEADING);
            if (column > 0) {
                heading.setWrapText(false);
                heading.setMinWidth(Label.USE_PREF_SIZE);
            }
            budgetGrid.add(heading, column, row);
        }
        // Sums of money line up on the right, like a ledger.
        for (int column = 0; column < headings.length; column++) {
            if (column > 0) {
                ColumnConstraints money = new ColumnConstraints();
                money.setHalignment(HPos.RIGHT);
                budgetGrid.getColumnConstraints().add(money);
            }
        }
        for (CategoryRow category : viewModel.rows()) {
            row++;
            TextField input = new TextField();
            input.getStyleClass().addAll("form-input", INPUT);
            input.setAccessibleText(messages.text("payments.budget.field", category.name()));
            input.textProperty().bindBidirectional(category.budgetProperty());
            input.setOnAction(event -> viewModel.save());
            Label error = label("", Styles.FIELD_ERROR);
            FieldErrors.show(input, error, category.errorProperty());
            // The figures of the row are read out with the field, unless there is a problem to hear first.
            input.accessibleHelpProperty().unbind();
            input.accessibleHelpProperty().bind(Bindings.when(category.errorProperty().isEmpty())
                    .then(category.summaryProperty()).otherwise(category.errorProperty()));
            inputs.put(category.category(), input);
            input.setMinWidth(TextField.USE_PREF_SIZE);
            input.setMaxWidth(TextField.USE_PREF_SIZE);
            VBox cell = new VBox(input);
            cell.getStyleClass().add(CELL);
            cell.setAlignment(Pos.CENTER_RIGHT);
            budgetGrid.add(label(category.name(), NAME), 0, row);
            budgetGrid.add(cell, 1, row);
            budgetGrid.add(figure(category.spentProperty()), 2, row);
            budgetGrid.add(figure(category.committedProperty()), 3, row);
            budgetGrid.add(left(category.leftProperty(), category.overProperty()), 4, row);
            // The problem goes on a line of its own under the row, so the columns keep their widths.
            row++;
            GridPane.setHalignment(error, HPos.LEFT);
            budgetGrid.add(error, 0, row, headings.length, 1);
        }
        row++;
        budgetGrid.add(label(messages.text("payments.budget.total"), TOTAL), 0, row);
        Label budget = figure(viewModel.totalBudgetProperty());
        budget.getStyleClass().add(TOTAL);
        budgetGrid.add(budget, 1, row);
        Label spent = figure(viewModel.totalSpentProperty());
        spent.getStyleClass().add(TOTAL);
        budgetGrid.add(spent, 2, row);
        Label committed = figure(viewModel.totalCommittedProperty());
        committed.getStyleClass().add(TOTAL);
        budgetGrid.add(committed, 3, row);
        Label left = left(viewModel.totalLeftProperty(), viewModel.totalOverProperty());
        left.getStyleClass().add(TOTAL);
        budgetGrid.add(left, 4, row);
    }

    /** A sum of money is never broken over lines; the names of the categories wrap instead. */
    private static Label figure(ObservableStringValue text) {
        Label label = label("", null);
        label.setWrapText(false);
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.textProperty().bind(text);
        return label;
    }

    /** "£120.00 over" is written out; the bold colour only repeats it. */
    private static Label left(ObservableStringValue text, ObservableBooleanValue over) {
        Label label = figure(text);
        over.addListener((obs, was, is) -> {
            label.getStyleClass().remove(OVER);
            if (is) {
                label.getStyleClass().add(OVER);
            }
        });
        return label;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    private static void bindText(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.accessibleTextProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void copyLastYear() {
        viewModel.copyLastYear();
    }

    @FXML
    private void save() {
        viewModel.save();
    }
}
