package org.fourpi.toolkit.payments;

import java.util.EnumMap;
import java.util.Map;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import org.fourpi.toolkit.common.ui.Columns;
import org.fourpi.toolkit.common.ui.FieldErrors;
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

    @FXML
    private void addRateSet() {
        viewModel.addRateSet();
    }

    @FXML
    private void savePolicyText() {
        viewModel.savePolicyText();
    }
}
