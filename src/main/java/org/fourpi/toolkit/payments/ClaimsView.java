package org.fourpi.toolkit.payments;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

/** Code-behind of the Claims tab: shows the list, or one claim in its place, and moves the keyboard there. */
public final class ClaimsView {

    private final ClaimsViewModel viewModel;
    private final Parent list;
    private final Parent editor;

    @FXML private StackPane claimsStack;

    public ClaimsView(ClaimsViewModel viewModel, Parent list, Parent editor) {
        this.viewModel = viewModel;
        this.list = list;
        this.editor = editor;
    }

    @FXML
    private void initialize() {
        // Only the part shown is in the window, so its keyboard shortcuts are the only ones that act.
        claimsStack.getChildren().setAll(list);
        viewModel.modeProperty().addListener((obs, old, mode) -> {
            Parent shown = mode == ClaimsViewModel.Mode.LIST ? list : editor;
            claimsStack.getChildren().setAll(shown);
            shown.applyCss();
            // A new claim starts with the person; a saved one with the way back, above its details.
            String first = mode == ClaimsViewModel.Mode.LIST ? "#claimsTable"
                    : viewModel.editor().claimId().isEmpty() ? "#claimPerson" : "#backButton";
            shown.lookupAll(first).stream().findFirst().ifPresent(Node::requestFocus);
        });
    }

}
