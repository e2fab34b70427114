package org.fourpi.toolkit.payments;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

import org.fourpi.toolkit.common.ui.Columns;
import org.fourpi.toolkit.common.ui.FieldErrors;
import org.fourpi.toolkit.common.ui.Styles;
import org.fourpi.toolkit.common.ui.TextAreas;

/** Code-behind of the payment policy section: binds the table, the form and the policy text to the view model. */
public final class PaymentPolicyView {

    private final PaymentPolicyViewModel viewModel;
    private final Map<RateField, TextField> inputs = new EnumMap<>(RateField.class);

    @FXML private TableView<PaymentRates> rateSetsTable;
    @FXML private TableColumn<PaymentRates, String> takesEffectColumn;
    @FXML private TableColumn<PaymentRates, String> feesColumn;
    @FXML private TableColumn<PaymentRates, String> mileageColumn;
    @FXML private TableColumn<PaymentRates, String> targetDaysColumn;
    @FXML private TableColumn<PaymentRates, String> limitsColumn;
    @FXML private TextField effectiveFrom;
    @FXML private Label effectiveFromError;
    @FXML private TextField feeHourly;
    @FXML private Label feeHourlyError;
    @FXML private TextField feeHalfDay;
    @FXML private Label feeHalfDayError;
    @FXML private TextField feeDay;
    @FXML private Label feeDayError;
    @FXML private TextField mileageFirst;
    @FXML private Label mileageFirstError;
    @FXML private TextField mileageAfter;
    @FXML private Label mileageAfterError;
    @FXML private TextField mileagePassenger;
    @FXML private Label mileagePassengerError;
    @FXML private TextField childcareHourly;
    @FXML private Label childcareHourlyError;
    @FXML private TextField replacementCarerHourly;
    @FXML private Label replacementCarerHourlyError;
    @FXML private TextField supportWorkerHourly;
    @FXML private Label supportWorkerHourlyError;
    @FXML private TextField subsistenceLimitDay;
    @FXML private Label subsistenceLimitDayError;
    @FXML private TextField targetDays;
    @FXML private Label targetDaysError;
    @FXML private TextField esaWeeklyLimit;
    @FXML private Label esaWeeklyLimitError;
    @FXML private TextField carersAllowanceWeeklyLimit;
    @FXML private Label carersAllowanceWeeklyLimitError;
    @FXML private TextField tradingAllowance;
    @FXML private Label tradingAllowanceError;
    @FXML private Button addRatesButton;
    @FXML private Label ratesStatusLabel;
    @FXML private TextArea policyText;
    @FXML private Button savePolicyButton;
    @FXML private Label policyStatusLabel;
    @FXML private ComboBox<PaymentRates> activityFeeSet;
    @FXML private Label activityFeesForSet;
    @FXML private GridPane activityFeeRows;
    @FXML private Label activityFeesEmpty;
    @FXML private Button addActivityFeeButton;
    @FXML private Button saveActivityFeesButton;
    @FXML private Label activityFeesStatusLabel;
    private final Map<ActivityFeeRow, Map<ActivityFeeField, TextField>> rowInputs = new HashMap<>();

    public PaymentPolicyView(PaymentPolicyViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        rateSetsTable.setItems(viewModel.rateSets());
        Columns.text(takesEffectColumn, viewModel::takesEffectText);
        Columns.text(feesColumn, viewModel::feesText);
        Columns.text(mileageColumn, viewModel::mileageText);
        Columns.text(targetDaysColumn, viewModel::targetDaysText);
        Columns.text(limitsColumn, viewModel::limitsText);
        // The form is narrow: the rates wrap onto more lines rather than being cut off.
        List.of(takesEffectColumn, feesColumn, mileageColumn, targetDaysColumn, limitsColumn)
                .forEach(PaymentPolicyView::wrap);
        share(takesEffectColumn, 16);
        share(feesColumn, 23);
        share(mileageColumn, 20);
        share(limitsColumn, 25);
        share(targetDaysColumn, 16);
        rateSetsTable.setRowFactory(table -> {
            TableRow<PaymentRates> row = new TableRow<>();
            row.setStyle("-fx-cell-size: 0;");
            return row;
        });

        bind(RateField.EFFECTIVE_FROM, effectiveFrom, effectiveFromError);
        bind(RateField.FEE_HOURLY, feeHourly, feeHourlyError);
        bind(RateField.FEE_HALF_DAY, feeHalfDay, feeHalfDayError);
        bind(RateField.FEE_DAY, feeDay, feeDayError);
        bind(RateField.MILEAGE_FIRST_10000, mileageFirst, mileageFirstError);
        bind(RateField.MILEAGE_AFTER_10000, mileageAfter, mileageAfterError);
        bind(RateField.MILEAGE_PER_PASSENGER, mileagePassenger, mileagePassengerError);
        bind(RateField.CHILDCARE_HOURLY, childcareHourly, childcareHourlyError);
        bind(RateField.REPLACEMENT_CARER_HOURLY, replacementCarerHourly, replacementCarerHourlyError);
        bind(RateField.SUPPORT_WORKER_HOURLY, supportWorkerHourly, supportWorkerHourlyError);
        bind(RateField.SUBSISTENCE_LIMIT_DAY, subsistenceLimitDay, subsistenceLimitDayError);
        bind(RateField.TARGET_DAYS_TO_PAY, targetDays, targetDaysError);
        bind(RateField.ESA_WEEKLY_LIMIT, esaWeeklyLimit, esaWeeklyLimitError);
        bind(RateField.CARERS_ALLOWANCE_WEEKLY_LIMIT, carersAllowanceWeeklyLimit, carersAllowanceWeeklyLimitError);
        bind(RateField.TRADING_ALLOWANCE, tradingAllowance, tradingAllowanceError);

        addRatesButton.disableProperty().bind(viewModel.busyProperty());
        savePolicyButton.disableProperty().bind(viewModel.busyProperty());
        ratesStatusLabel.textProperty().bind(viewModel.statusProperty());
        ratesStatusLabel.accessibleTextProperty().bind(viewModel.statusProperty());
        policyText.textProperty().bindBidirectional(viewModel.policyTextProperty());
        policyStatusLabel.textProperty().bind(viewModel.policyStatusProperty());
        policyStatusLabel.accessibleTextProperty().bind(viewModel.policyStatusProperty());
        TextAreas.tabMovesOn(policyText);

        bindActivityFees(viewModel.activityFees());

        viewModel.firstInvalidFieldProperty().addListener((obs, old, field) -> {
            if (field != null) {
                inputs.get(field).requestFocus();
            }
        });
    }

    private void bind(RateField field, TextField input, Label error) {
        inputs.put(field, input);
        input.textProperty().bindBidirectional(viewModel.value(field));
        FieldErrors.show(input, error, viewModel.error(field));
    }

    private void bindActivityFees(ActivityFeesViewModel fees) {
        activityFeeSet.setItems(viewModel.rateSets());
        activityFeeSet.valueProperty().bindBidirectional(fees.rateSetProperty());
        activityFeeSet.setConverter(new StringConverter<>() {
            @Override
            public String toString(PaymentRates rates) {
                return fees.setName(rates);
            }

            @Override
            public PaymentRates fromString(String text) {
                return null;
            }
        });
        activityFeesForSet.textProperty().bind(fees.forSetTextProperty());
        activityFeesEmpty.visibleProperty().bind(Bindings.isEmpty(fees.rows()));
        activityFeesEmpty.managedProperty().bind(activityFeesEmpty.visibleProperty());
        addActivityFeeButton.disableProperty().bind(fees.busyProperty().or(fees.rateSetProperty().isNull()));
        saveActivityFeesButton.disableProperty().bind(addActivityFeeButton.disableProperty());
        activityFeesStatusLabel.textProperty().bind(fees.statusProperty());
        activityFeesStatusLabel.accessibleTextProperty().bind(fees.statusProperty());
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        name.setMinWidth(120);
        activityFeeRows.getColumnConstraints().add(name);
        fees.rows().addListener((ListChangeListener<ActivityFeeRow>) change -> showActivityFeeRows(fees));
        showActivityFeeRows(fees);
        fees.firstInvalidProperty().addListener((obs, old, place) -> {
            if (place != null && rowInputs.containsKey(place.row())) {
                rowInputs.get(place.row()).get(place.field()).requestFocus();
            }
        });
    }

    /** One grid line of headings, then for each activity a line of fields and a line for its problems. */
    private void showActivityFeeRows(ActivityFeesViewModel fees) {
        activityFeeRows.getChildren().clear();
        rowInputs.clear();
        if (fees.rows().isEmpty()) {
            return;
        }
        int column = 0;
        for (ActivityFeeField field : ActivityFeeField.values()) {
            Label heading = new Label(fees.heading(field));
            heading.setWrapText(true);
            heading.getStyleClass().add("hint");
            activityFeeRows.add(heading, column++, 0);
        }
        int line = 1;
        for (ActivityFeeRow row : fees.rows()) {
            Map<ActivityFeeField, TextField> inputs = new EnumMap<>(ActivityFeeField.class);
            column = 0;
            for (ActivityFeeField field : ActivityFeeField.values()) {
                TextField input = new TextField();
                input.setPrefColumnCount(field == ActivityFeeField.NAME ? 14 : 5);
                input.textProperty().bindBidirectional(row.value(field));
                input.setAccessibleText(fees.fieldName(row, field));
                input.accessibleHelpProperty().bind(row.error(field));
                markInvalid(input, !row.error(field).get().isEmpty());
                // Listens to the field's own property, so the listener goes when the field does.
                input.accessibleHelpProperty().addListener((obs, was, is) -> markInvalid(input, is != null && !is.isEmpty()));
                activityFeeRows.add(input, column++, line);
                inputs.put(field, input);
            }
            Button remove = new Button(fees.removeText());
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.setAccessibleText(fees.removeName(row));
            remove.setOnAction(e -> removeActivityFee(fees, row));
            activityFeeRows.add(remove, column, line);
            GridPane.setHalignment(remove, HPos.LEFT);
            Label problems = new Label();
            problems.getStyleClass().add(Styles.FIELD_ERROR);
            problems.setWrapText(true);
            problems.textProperty().bind(row.problemsProperty());
            problems.visibleProperty().bind(row.problemsProperty().isNotEmpty());
            problems.managedProperty().bind(problems.visibleProperty());
            activityFeeRows.add(problems, 0, line + 1, ActivityFeeField.values().length + 1, 1);
            rowInputs.put(row, inputs);
            line += 2;
        }
    }

    /** The column's text wraps onto more lines instead of being cut off; the row grows to fit. */
    private static void wrap(TableColumn<PaymentRates, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = wrappingText(column);

            {
                text.fillProperty().bind(textFillProperty());
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty ? null : item);
                setText(null);
                setGraphic(empty ? null : text);
            }
        });
        Text heading = wrappingText(column);
        heading.setText(column.getText());
        heading.setStyle("-fx-fill: -color-fg-default; -fx-font-weight: bold;");
        column.setGraphic(heading);
        column.setText("");
    }

    /** The column takes its share of the table's width, less room for the scroll bar. */
    private void share(TableColumn<PaymentRates, String> column, int percent) {
        column.prefWidthProperty().bind(rateSetsTable.widthProperty().subtract(24).multiply(percent / 100.0));
    }

    private static Text wrappingText(TableColumn<PaymentRates, String> column) {
        Text text = new Text();
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
        return text;
    }

    private static void markInvalid(TextField input, boolean invalid) {
        if (invalid && !input.getStyleClass().contains(Styles.INVALID)) {
            input.getStyleClass().add(Styles.INVALID);
        } else if (!invalid) {
            input.getStyleClass().remove(Styles.INVALID);
        }
    }

    @FXML
    private void addActivityFee() {
        ActivityFeeRow row = viewModel.activityFees().addRow();
        Platform.runLater(() -> {
            Map<ActivityFeeField, TextField> inputs = rowInputs.get(row);
            if (inputs != null) {
                inputs.get(ActivityFeeField.NAME).requestFocus();
            }
        });
    }

    private void removeActivityFee(ActivityFeesViewModel fees, ActivityFeeRow row) {
        int at = fees.rows().indexOf(row);
        fees.removeRow(row);
        List<ActivityFeeRow> left = fees.rows();
        if (left.isEmpty()) {
            addActivityFeeButton.requestFocus();
        } else {
            rowInputs.get(left.get(Math.min(at, left.size() - 1))).get(ActivityFeeField.NAME).requestFocus();
        }
    }

    @FXML
    private void saveActivityFees() {
        viewModel.activityFees().save();
    }

    @FXML
    private void addRateSet() {
        viewModel.addRateSet();
    }

    @FXML
    private void savePolicyText() {
        viewModel.savePolicyText();
    }
}
