package org.fourpi.toolkit.meetings;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

/** Code-behind of the Meetings section: shows the list, or one meeting in its place, and moves the keyboard there. */
public final class MeetingsView {

    private final MeetingsViewModel viewModel;
    private final Parent list;
    private final Parent editor;

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
        viewModel.modeProperty().addListener((obs, old, mode) -> {
            Parent shown = mode == MeetingsViewModel.Mode.LIST ? list : editor;
            meetingsStack.getChildren().setAll(shown);
            shown.applyCss();
            // A new meeting starts with its title; a saved one with the way back, above its details.
            String first = mode == MeetingsViewModel.Mode.LIST ? "#meetingsTable"
                    : viewModel.editor().selectedMeetingId().isEmpty() ? "#meetingTitle" : "#meetingBackButton";
            shown.lookupAll(first).stream().findFirst().ifPresent(Node::requestFocus);
        });
    }
}
