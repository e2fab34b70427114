package org.fourpi.toolkit.privacy;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.fourpi.toolkit.common.ui.Messages;

/** Code-behind of the retention review: a tick box for each line, bound to the view model. */
public final class RetentionReviewView {

    private final RetentionReviewViewModel viewModel;
    private final Messages messages;

    @FXML private Label retentionIntro;
    @FXML private Label retentionSummary;
    @FXML private VBox retentionLines;
    @FXML private Button retentionCheckButton;
    @FXML private Button retentionRemoveButton;
    @FXML private Label retentionStatus;

    public RetentionReviewView(RetentionReviewViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        retentionIntro.setText(messages.text("privacy.retention.intro", RetentionRules.ACCOUNTS_YEARS,
                RetentionRules.LEFT_YEARS));
        retentionSummary.textProperty().bind(viewModel.summaryProperty());
        retentionSummary.accessibleTextProperty().bind(viewModel.summaryProperty());
        retentionStatus.textProperty().bind(viewModel.statusProperty());
        retentionStatus.accessibleTextProperty().bind(viewModel.statusProperty());
        retentionCheckButton.disableProperty().bind(viewModel.busyProperty());
        retentionRemoveButton.disableProperty().bind(viewModel.busyProperty()
                .or(javafx.beans.binding.Bindings.isEmpty(viewModel.lines())));
        viewModel.lines().addListener((ListChangeListener<RetentionReviewViewModel.Line>) change -> showLines());
        showLines();
    }

    private void showLines() {
        retentionLines.getChildren().setAll(viewModel.lines().stream().map(line -> {
            CheckBox box = new CheckBox(line.text());
            box.setWrapText(true);
            box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            box.setMnemonicParsing(false);
            box.setAccessibleText(line.text());
            box.selectedProperty().bindBidirectional(line.tickedProperty());
            return box;
        }).toList());
    }

    @FXML
    private void check() {
        viewModel.refresh();
    }

    @FXML
    private void remove() {
        viewModel.purge();
    }
}
