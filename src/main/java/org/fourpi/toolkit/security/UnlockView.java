package org.fourpi.toolkit.security;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;

import org.fourpi.toolkit.common.ui.Styles;

/** Code-behind of the passphrase window: binds the field, the buttons and the message to the view model. */
public final class UnlockView {

    private final UnlockViewModel viewModel;

    @FXML private Label folderLabel;
    @FXML private PasswordField passphraseField;
    @FXML private Label messageLabel;
    @FXML private ProgressIndicator working;
    @FXML private Button openButton;
    @FXML private Button quitButton;

    public UnlockView(UnlockViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        folderLabel.setText(viewModel.folderText());
        passphraseField.textProperty().bindBidirectional(viewModel.passphraseProperty());
        passphraseField.disableProperty().bind(viewModel.workingProperty());
        openButton.disableProperty().bind(viewModel.workingProperty());
        openButton.setOnAction(event -> viewModel.open());
        quitButton.setOnAction(event -> viewModel.quit());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        working.visibleProperty().bind(viewModel.workingProperty());
        working.managedProperty().bind(viewModel.workingProperty());
        viewModel.wrongProperty().addListener((obs, was, is) -> {
            if (is) {
                passphraseField.getStyleClass().add(Styles.INVALID);
            } else {
                passphraseField.getStyleClass().remove(Styles.INVALID);
            }
        });
        viewModel.messageProperty().addListener((obs, was, is) -> {
            if (!is.isEmpty()) {
                messageLabel.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
            }
        });
        // Back to the field after a wrong try, so the next one can be typed at once.
        viewModel.workingProperty().addListener((obs, was, is) -> {
            if (!is) {
                Platform.runLater(passphraseField::requestFocus);
            }
        });
        Platform.runLater(passphraseField::requestFocus);
    }
}
