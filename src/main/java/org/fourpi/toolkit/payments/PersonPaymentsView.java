package org.fourpi.toolkit.payments;

import java.util.List;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import org.fourpi.toolkit.common.ui.Choices;
import org.fourpi.toolkit.common.ui.FieldErrors;
import org.fourpi.toolkit.common.ui.Messages;

/** Code-behind of the Payments tab on a person's record: binds the controls to the view model. */
public final class PersonPaymentsView {

    private final PersonPaymentsViewModel viewModel;
    private final Messages messages;

    @FXML private ComboBox<PaymentMethod> paymentMethod;
    @FXML private CheckBox declinesFees;
    @FXML private ComboBox<EarningsLimit> earningsLimit;
    @FXML private VBox customLimitBox;
    @FXML private TextField customLimit;
    @FXML private Label customLimitError;
    @FXML private Button savePaymentsButton;
    @FXML private Label paymentsStatusLabel;

    public PersonPaymentsView(PersonPaymentsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        Choices.setUp(paymentMethod, List.of(PaymentMethod.values()), messages,
                messages.text("payments.person.method.none"));
        paymentMethod.valueProperty().bindBidirectional(viewModel.methodProperty());
        declinesFees.selectedProperty().bindBidirectional(viewModel.declinesFeesProperty());
        Choices.setUp(earningsLimit, List.of(EarningsLimit.values()), messages, null);
        earningsLimit.valueProperty().bindBidirectional(viewModel.limitProperty());
        customLimitBox.visibleProperty().bind(viewModel.customLimitShownProperty());
        customLimitBox.managedProperty().bind(viewModel.customLimitShownProperty());
        customLimit.textProperty().bindBidirectional(viewModel.customLimitProperty());
        FieldErrors.show(customLimit, customLimitError, viewModel.customLimitErrorProperty());
        savePaymentsButton.disableProperty().bind(viewModel.busyProperty());
        paymentsStatusLabel.textProperty().bind(viewModel.statusProperty());
        paymentsStatusLabel.accessibleTextProperty().bind(viewModel.statusProperty());
    }

    @FXML
    private void save() {
        if (!viewModel.save() && !viewModel.customLimitErrorProperty().get().isEmpty()) {
            customLimit.requestFocus();
        }
    }
}
