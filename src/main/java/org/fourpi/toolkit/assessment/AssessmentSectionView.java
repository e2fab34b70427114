package org.fourpi.toolkit.assessment;

import java.util.Map;
import java.util.function.Consumer;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Code-behind of the Self-assessment section: the assessments with their wizard, the results, and
 * response forms for people who answer away from the program.
 */
public final class AssessmentSectionView {

    /** The tabs of the section, in order. */
    public enum Part { ASSESSMENTS, RESULTS, FORMS }

    private final Map<Part, Parent> parts;
    private final Consumer<Part> shown;
    private Map<Part, Tab> tabsByPart;

    @FXML private TabPane tabs;
    @FXML private Tab assessmentsTab;
    @FXML private Tab resultsTab;
    @FXML private Tab formsTab;

    /**
     * @param parts each tab's content, read when the section is loaded (so it may be filled after this)
     * @param shown told each time a tab is chosen, so it can read its figures again
     */
    public AssessmentSectionView(Map<Part, Parent> parts, Consumer<Part> shown) {
        this.parts = parts;
        this.shown = shown;
    }

    @FXML
    private void initialize() {
        tabsByPart = Map.of(Part.ASSESSMENTS, assessmentsTab, Part.RESULTS, resultsTab, Part.FORMS, formsTab);
        tabsByPart.forEach((part, tab) -> tab.setContent(parts.get(part)));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> shownTab(tab));
    }

    /** Tells the tab in front that it is shown again, as when the section is opened once more. */
    public void showAgain() {
        shownTab(tabs.getSelectionModel().getSelectedItem());
    }

    private void shownTab(Tab tab) {
        tabsByPart.forEach((part, t) -> {
            if (t == tab) {
                shown.accept(part);
            }
        });
    }

    /** Brings a tab to the front, e.g. the results when the wizard's summary asks for them. */
    public void show(Part part) {
        tabs.getSelectionModel().select(tabsByPart.get(part));
    }
}
