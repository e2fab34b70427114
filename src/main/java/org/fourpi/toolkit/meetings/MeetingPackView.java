package org.fourpi.toolkit.meetings;

import java.util.List;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;

import org.fourpi.toolkit.common.ui.Choices;
import org.fourpi.toolkit.common.ui.Messages;

/**
 * Code-behind of the meeting pack's buttons (save as a file, print), its large-print choice, its progress
 * and what happened, and the offer to record the pack as sent.
 */
public final class MeetingPackView {

    private final MeetingPackViewModel viewModel;
    private final Messages messages;

    @FXML private Button makePackButton;
    @FXML private Button printPackButton;
    @FXML private CheckBox packLargePrint;
    @FXML private ProgressBar packProgress;
    @FXML private Button stopPackButton;
    @FXML private Label packMessage;
    @FXML private FlowPane recordSentRow;
    @FXML private Label recordSentOffer;
    @FXML private ComboBox<PackSentBy> recordSentBy;
    @FXML private Button recordSentButton;

    public MeetingPackView(MeetingPackViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        makePackButton.disableProperty().bind(viewModel.canMakeProperty().not());
        printPackButton.disableProperty().bind(viewModel.canMakeProperty().not());
        packLargePrint.selectedProperty().bindBidirectional(viewModel.largePrintProperty());
        packProgress.progressProperty().bind(viewModel.progressProperty());
        packProgress.visibleProperty().bind(viewModel.writingProperty());
        packProgress.managedProperty().bind(packProgress.visibleProperty());
        stopPackButton.visibleProperty().bind(viewModel.stoppableProperty());
        stopPackButton.managedProperty().bind(stopPackButton.visibleProperty());
        packMessage.textProperty().bind(viewModel.messageProperty());
        packMessage.accessibleTextProperty().bind(viewModel.messageProperty());
        packMessage.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        packMessage.managedProperty().bind(packMessage.visibleProperty());

        Choices.setUp(recordSentBy, List.of(PackSentBy.values()), messages, null);
        recordSentBy.valueProperty().bindBidirectional(viewModel.sentByProperty());
        recordSentOffer.textProperty().bind(viewModel.recordOfferProperty());
        recordSentOffer.accessibleTextProperty().bind(viewModel.recordOfferProperty());
        recordSentRow.visibleProperty().bind(viewModel.recordOfferProperty().isNotEmpty());
        recordSentRow.managedProperty().bind(recordSentRow.visibleProperty());
        recordSentButton.disableProperty().bind(viewModel.canRecordProperty().not());
    }

    @FXML
    private void makePack() {
        viewModel.makePack();
    }

    @FXML
    private void printPack() {
        viewModel.printPack();
    }

    @FXML
    private void stop() {
        viewModel.stop();
    }

    @FXML
    private void recordSent() {
        viewModel.recordSent();
    }
}
