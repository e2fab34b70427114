package org.fourpi.toolkit.meetings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;

/** Code-behind of the meeting pack's button, its large-print choice and what happened. */
public final class MeetingPackView {

    private final MeetingPackViewModel viewModel;

    @FXML private Button makePackButton;
    @FXML private CheckBox packLargePrint;
    @FXML private Label packMessage;

    public MeetingPackView(MeetingPackViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        makePackButton.disableProperty().bind(viewModel.canMakeProperty().not());
        packLargePrint.selectedProperty().bindBidirectional(viewModel.largePrintProperty());
        packMessage.textProperty().bind(viewModel.messageProperty());
        packMessage.accessibleTextProperty().bind(viewModel.messageProperty());
        packMessage.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        packMessage.managedProperty().bind(packMessage.visibleProperty());
    }

    @FXML
    private void makePack() {
        viewModel.makePack();
    }
}
