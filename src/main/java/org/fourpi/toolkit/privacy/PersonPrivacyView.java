package org.fourpi.toolkit.privacy;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import org.fourpi.toolkit.common.ui.Messages;

/** Code-behind of the "Data held" tab of a person's record: binds the controls to the view model. */
public final class PersonPrivacyView {

    private final PersonPrivacyViewModel viewModel;

    @FXML private Button subjectAccessButton;
    @FXML private Label erasedLabel;
    @FXML private Button eraseButton;
    @FXML private VBox erasePanel;
    @FXML private Label eraseWords;
    @FXML private TextField typedName;
    @FXML private Button eraseNowButton;
    @FXML private ProgressBar privacyProgress;
    @FXML private Label privacyStatusLabel;

    public PersonPrivacyView(PersonPrivacyViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        var busy = viewModel.busyProperty();
        var erased = viewModel.alreadyErasedProperty();
        subjectAccessButton.disableProperty().bind(busy);
        erasedLabel.visibleProperty().bind(erased);
        erasedLabel.managedProperty().bind(erased);
        eraseButton.disableProperty().bind(busy.or(erased).or(viewModel.erasingProperty()));
        erasePanel.visibleProperty().bind(viewModel.erasingProperty());
        erasePanel.managedProperty().bind(viewModel.erasingProperty());
        eraseWords.textProperty().bind(viewModel.eraseWordsProperty());
        eraseWords.accessibleTextProperty().bind(viewModel.eraseWordsProperty());
        typedName.textProperty().bindBidirectional(viewModel.typedNameProperty());
        eraseNowButton.disableProperty().bind(busy.or(viewModel.nameTypedProperty().not()));
        privacyProgress.progressProperty().bind(viewModel.progressProperty());
        privacyProgress.visibleProperty().bind(busy);
        privacyProgress.managedProperty().bind(busy);
        privacyStatusLabel.textProperty().bind(viewModel.statusProperty());
        privacyStatusLabel.accessibleTextProperty().bind(viewModel.statusProperty());
        // The question opens below the button: the keyboard goes straight to the box for the name.
        viewModel.erasingProperty().addListener((obs, was, is) -> {
            if (is) {
                typedName.requestFocus();
            } else if (eraseButton.getScene() != null && typedName.isFocused()) {
                eraseButton.requestFocus();
            }
        });
    }

    @FXML
    private void saveEverything() {
        viewModel.saveEverything();
    }

    @FXML
    private void startErase() {
        viewModel.startErase();
    }

    @FXML
    private void erase() {
        viewModel.erase();
    }

    @FXML
    private void cancelErase() {
        viewModel.closeErase();
        eraseButton.requestFocus();
    }
}
