package org.fourpi.toolkit.security;

import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** Code-behind of the passphrase part of Settings: binds the fields, buttons and words to the view model. */
public final class SecurityView {

    private final SecurityViewModel viewModel;

    @FXML private Label statusLabel;
    @FXML private VBox currentBox;
    @FXML private PasswordField currentField;
    @FXML private PasswordField passphraseField;
    @FXML private PasswordField againField;
    @FXML private Label problemLabel;
    @FXML private Button turnOnButton;
    @FXML private Button changeButton;
    @FXML private Button sheetButton;
    @FXML private Button printButton;
    @FXML private ProgressIndicator working;
    @FXML private Label messageLabel;

    public SecurityView(SecurityViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        statusLabel.textProperty().bind(viewModel.statusTextProperty());
        currentField.textProperty().bindBidirectional(viewModel.currentProperty());
        passphraseField.textProperty().bindBidirectional(viewModel.passphraseProperty());
        againField.textProperty().bindBidirectional(viewModel.againProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());

        BooleanBinding isProtected = viewModel.protectedProperty().and(viewModel.pendingProperty().not());
        BooleanBinding canTurnOn = viewModel.protectedProperty().not().and(viewModel.pendingProperty().not());
        show(currentBox, isProtected);
        show(changeButton, isProtected);
        show(sheetButton, isProtected);
        show(printButton, isProtected);
        show(turnOnButton, canTurnOn);
        show(problemLabel, viewModel.problemProperty().isNotEmpty());
        show(working, viewModel.workingProperty());
        for (Node control : new Node[] {turnOnButton, changeButton, sheetButton, printButton}) {
            control.disableProperty().bind(viewModel.workingProperty());
        }
        turnOnButton.setOnAction(event -> viewModel.turnOn());
        changeButton.setOnAction(event -> viewModel.changePassphrase());
        sheetButton.setOnAction(event -> viewModel.saveRecoverySheet());
        printButton.setOnAction(event -> viewModel.printRecoverySheet());
    }

    private static void show(Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }
}
