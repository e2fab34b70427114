package org.fourpi.toolkit.meetings;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;

/** Code-behind of the Meetings section: shows the list, or one meeting in its place, and moves the keyboard there. */
public final class MeetingsView {

    private final MeetingsViewModel viewModel;
    private final Parent list;
    private final Parent editor;

    @FXML private ScrollPane meetingsScroll;
    @FXML private StackPane meetingsStack;

    public MeetingsView(MeetingsViewModel viewModel, Parent list, Parent editor) {
        this.viewModel = viewModel;
        this.list = list;
        this.editor = editor;
    }

    @FXML
    private void initialize() {
        // Only the part shown is in the window, so its keyboard shortcuts are the only ones that act.
        meetingsStack.getChildren().setAll(list);
        meetingsScroll.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, node) -> scrollTo(node));
            }
        });
        viewModel.modeProperty().addListener((obs, old, mode) -> {
            Parent shown = mode == MeetingsViewModel.Mode.LIST ? list : editor;
            meetingsStack.getChildren().setAll(shown);
            shown.applyCss();
            meetingsScroll.setVvalue(0);
            // A new meeting starts with its title; a saved one with the way back, above its details.
            String first = mode == MeetingsViewModel.Mode.LIST ? "#meetingsTable"
                    : viewModel.editor().selectedMeetingId().isEmpty() ? "#meetingTitle" : "#meetingBackButton";
            shown.lookupAll(first).stream().findFirst().ifPresent(Node::requestFocus);
        });
    }

    /** Whatever the keyboard moves to is scrolled into view, so a long meeting can be worked through with Tab. */
    private void scrollTo(Node node) {
        if (node == null || !isInside(node)) {
            return;
        }
        var bounds = meetingsStack.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        var shown = meetingsScroll.getViewportBounds().getHeight();
        var whole = meetingsStack.getBoundsInLocal().getHeight();
        if (bounds == null || whole <= shown) {
            return;
        }
        var top = meetingsScroll.getVvalue() * (whole - shown);
        var margin = 24;
        if (bounds.getMinY() < top) {
            top = bounds.getMinY() - margin;
        } else if (bounds.getMaxY() > top + shown) {
            top = bounds.getMaxY() - shown + margin;
        } else {
            return;
        }
        meetingsScroll.setVvalue(Math.clamp(top / (whole - shown), 0, 1));
    }

    private boolean isInside(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == meetingsStack) {
                return true;
            }
        }
        return false;
    }
}
