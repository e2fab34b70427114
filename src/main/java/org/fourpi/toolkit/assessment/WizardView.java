package org.fourpi.toolkit.assessment;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fourpi.toolkit.assessment.WizardViewModel.Step;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.ScrollIntoView;

/**
 * Code-behind of the wizard: the steps on the left (Enter, Space or a click jumps to one), the
 * progress, the step shown in the middle, and Back and Next.
 */
public final class WizardView {

    static final String STYLESHEET = WizardView.class.getResource("WizardView.css").toExternalForm();

    private final WizardViewModel viewModel;
    private final Messages messages;
    private final Parent startStep;
    private final List<Runnable> pageCleanups = new ArrayList<>();

    @FXML private BorderPane wizardRoot;
    @FXML private Button wizardListButton;
    @FXML private Label wizardHeading;
    @FXML private ProgressBar wizardProgress;
    @FXML private Label progressLabel;
    @FXML private HBox readOnlyBox;
    @FXML private Label wizardMessage;
    @FXML private ListView<Step> stepList;
    @FXML private ScrollPane stepScroller;
    @FXML private VBox stepContent;
    @FXML private Button backButton;
    @FXML private Button nextButton;

    public WizardView(WizardViewModel viewModel, Messages messages, Parent startStep) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.startStep = startStep;
    }

    @FXML
    private void initialize() {
        wizardRoot.getStylesheets().add(STYLESHEET);
        wizardHeading.textProperty().bind(viewModel.headingProperty());
        progressLabel.textProperty().bind(viewModel.progressTextProperty());
        wizardProgress.progressProperty().bind(viewModel.progressProperty());
        wizardProgress.accessibleTextProperty().bind(viewModel.progressTextProperty());
        readOnlyBox.visibleProperty().bind(viewModel.readOnlyProperty());
        readOnlyBox.managedProperty().bind(viewModel.readOnlyProperty());
        wizardMessage.textProperty().bind(viewModel.messageProperty());
        wizardMessage.accessibleTextProperty().bind(viewModel.messageProperty());
        wizardMessage.managedProperty().bind(viewModel.messageProperty().isNotEmpty());
        stepList.setItems(viewModel.steps());
        stepList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Step step, boolean empty) {
                super.updateItem(step, empty);
                if (empty || step == null) {
                    setText(null);
                    setAccessibleText(null);
                } else {
                    String text = messages.text(step.done() ? "assessment.wizard.stepLine.done"
                            : "assessment.wizard.stepLine", getIndex() + 1, step.name(), step.state());
                    setText(text);
                    setAccessibleText(text.replace('\n', ' '));
                }
            }
        });
        stepList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                jumpToChosenStep();
            }
        });
        stepList.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                jumpToChosenStep();
                event.consume();
            }
        });
        backButton.disableProperty().bind(viewModel.stepIndexProperty().lessThanOrEqualTo(0)
                .or(viewModel.busyProperty()));
        nextButton.disableProperty().bind(viewModel.stepIndexProperty().greaterThanOrEqualTo(viewModel.stepCount() - 1)
                .or(viewModel.busyProperty()));
        viewModel.stepIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                showStep();
            }
        });
        viewModel.steps().addListener((javafx.collections.ListChangeListener<Step>) change ->
                stepList.getSelectionModel().select(Math.max(0, viewModel.stepIndexProperty().get())));
        // Keyboard users tab into answers below the fold; the page follows them. One listener, moved with the scene.
        ChangeListener<Node> followFocus = (o, was, focused) -> {
            if (focused != null) {
                ScrollIntoView.within(stepScroller, focused);
            }
        };
        stepScroller.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(followFocus);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(followFocus);
            }
        });
    }

    private void jumpToChosenStep() {
        int chosen = stepList.getSelectionModel().getSelectedIndex();
        if (chosen >= 0) {
            viewModel.goTo(chosen);
            if (viewModel.stepIndexProperty().get() != chosen) {
                stepList.getSelectionModel().select(viewModel.stepIndexProperty().get());
            }
        }
    }

    private void showStep() {
        pageCleanups.forEach(Runnable::run);
        pageCleanups.clear();
        stepList.getSelectionModel().select(viewModel.stepIndexProperty().get());
        String key = viewModel.stepKey();
        Node page;
        if (AssessmentSteps.START.equals(key)) {
            page = startStep;
        } else if (AssessmentSteps.ACTIONS.equals(key)) {
            page = new WizardActionsStep(viewModel, messages, pageCleanups).build();
        } else if (AssessmentSteps.SUMMARY.equals(key)) {
            page = new WizardSummaryStep(viewModel, messages).build();
        } else {
            page = new WizardGroupStep(viewModel, messages, pageCleanups, viewModel.stepGroup().orElseThrow()).build();
        }
        stepContent.getChildren().setAll(page);
        stepScroller.setVvalue(0);
        readyLetters(page);
    }

    /**
     * A label taken out of the window and put back only offers its underlined letter again once its
     * text is laid out anew; without this the first Alt and letter on a page shown again did nothing.
     */
    static void readyLetters(Node node) {
        if (node instanceof javafx.scene.control.Labeled labeled && labeled.isMnemonicParsing()) {
            labeled.setMnemonicParsing(false);
            labeled.setMnemonicParsing(true);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(WizardView::readyLetters);
        }
    }

    @FXML
    private void close() {
        viewModel.close();
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void reopen() {
        viewModel.reopen();
    }
}
