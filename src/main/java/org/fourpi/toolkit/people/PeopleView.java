package org.fourpi.toolkit.people;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

/** Code-behind of the People section: shows the list or the open record, as the view model says. */
public final class PeopleView {

    private final PeopleViewModel viewModel;
    private final Parent list;
    private final Parent editor;

    @FXML private StackPane stack;

    public PeopleView(PeopleViewModel viewModel, Parent list, Parent editor) {
        this.viewModel = viewModel;
        this.list = list;
        this.editor = editor;
    }

    @FXML
    private void initialize() {
        // Only the part shown is in the window, so its keyboard shortcuts are the only ones that act.
        stack.getChildren().setAll(list);
        viewModel.editingProperty().addListener((obs, was, editing) -> {
            Parent shown = editing ? editor : list;
            stack.getChildren().setAll(shown);
            shown.applyCss(); // gives the record's tabs their content, so the first field can be found
            shown.lookupAll(editing ? "#firstName" : "#filter").stream().findFirst().ifPresent(Node::requestFocus);
        });
    }
}
