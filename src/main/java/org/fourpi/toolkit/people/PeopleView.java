package org.fourpi.toolkit.people;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/** Code-behind of the People section: the register (list or open record) and the Presence figures. */
public final class PeopleView {

    private final PeopleViewModel viewModel;
    private final Parent list;
    private final Parent editor;
    private final Parent importing;
    private final Parent presence;
    private final Runnable presenceShown;

    @FXML private TabPane tabs;
    @FXML private Tab presenceTab;
    @FXML private ScrollPane presenceScroll;
    @FXML private StackPane stack;

    /** @param presenceShown reads the Presence figures again each time their tab is chosen */
    public PeopleView(PeopleViewModel viewModel, Parent list, Parent editor, Parent importing, Parent presence,
                      Runnable presenceShown) {
        this.viewModel = viewModel;
        this.list = list;
        this.editor = editor;
        this.importing = importing;
        this.presence = presence;
        this.presenceShown = presenceShown;
    }

    @FXML
    private void initialize() {
        // Only the part shown is in the window, so its keyboard shortcuts are the only ones that act.
        stack.getChildren().setAll(list);
        presenceScroll.setContent(presence);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab == presenceTab) {
                presenceShown.run();
            }
        });
        viewModel.modeProperty().addListener((obs, old, mode) -> {
            Parent shown = switch (mode) {
                case LIST -> list;
                case RECORD -> editor;
                case IMPORT -> importing;
            };
            String first = switch (mode) {
                case LIST -> "#filter";
                case RECORD -> "#firstName";
                case IMPORT -> "#chooseButton";
            };
            stack.getChildren().setAll(shown);
            shown.applyCss(); // gives the record's tabs their content, so the first field can be found
            shown.lookupAll(first).stream().findFirst().ifPresent(Node::requestFocus);
        });
    }
}
