package org.fourpi.toolkit.assessment;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

/** Code-behind of the Assessments tab: shows the list, or the wizard in its place, and moves the keyboard there. */
public final class AssessmentsView {

    private final AssessmentsViewModel viewModel;
    private final Parent list;
    private final Parent wizard;

    @FXML private StackPane assessmentsStack;

    public AssessmentsView(AssessmentsViewModel viewModel, Parent list, Parent wizard) {
        this.viewModel = viewModel;
        this.list = list;
        this.wizard = wizard;
    }

    @FXML
    private void initialize() {
        // Only the part shown is in the window, so its keyboard shortcuts are the only ones that act.
        assessmentsStack.getChildren().setAll(list);
        viewModel.modeProperty().addListener((obs, old, mode) -> {
            Parent shown = mode == AssessmentsViewModel.Mode.LIST ? list : wizard;
            assessmentsStack.getChildren().setAll(shown);
            shown.applyCss();
            WizardView.readyLetters(shown);
            // The list starts on its table; a new assessment on its title; one being opened on its steps.
            WizardViewModel wizard = viewModel.wizard();
            boolean isNew = wizard.assessmentProperty().get() == null && !wizard.busyProperty().get();
            String first = mode == AssessmentsViewModel.Mode.LIST ? "#assessmentsTable"
                    : isNew ? "#startTitle" : "#stepList";
            shown.lookupAll(first).stream().filter(Node::isVisible).findFirst()
                    .or(() -> shown.lookupAll("#newAssessmentButton").stream().findFirst())
                    .ifPresent(Node::requestFocus);
        });
    }
}
