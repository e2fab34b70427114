package org.fourpi.toolkit.payments;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;

/** Code-behind of the Claims tab: shows the list, or one claim in its place, and moves the keyboard there. */
public final class ClaimsView {

    private final ClaimsViewModel viewModel;
    private final Parent list;
    private final Parent editor;

    @FXML private ScrollPane claimsScroll;
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
        // Whatever the keyboard moves to is scrolled into view, so a long claim can be worked through with Tab.
        claimsScroll.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, node) -> scrollTo(node));
            }
        });
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

    private void scrollTo(Node node) {
        if (node == null || !isInside(node)) {
            return;
        }
        var bounds = claimsStack.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        var shown = claimsScroll.getViewportBounds().getHeight();
        var whole = claimsStack.getBoundsInLocal().getHeight();
        if (bounds == null || whole <= shown) {
            return;
        }
        var top = claimsScroll.getVvalue() * (whole - shown);
        var margin = 24;
        if (bounds.getMinY() < top) {
            top = bounds.getMinY() - margin;
        } else if (bounds.getMaxY() > top + shown) {
            top = bounds.getMaxY() - shown + margin;
        } else {
            return;
        }
        claimsScroll.setVvalue(Math.clamp(top / (whole - shown), 0, 1));
    }

    private boolean isInside(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == claimsStack) {
                return true;
            }
        }
        return false;
    }
}
