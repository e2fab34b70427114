package org.fourpi.toolkit.payments;

import java.util.Map;
import java.util.function.Consumer;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** Code-behind of the Payments section: claims, statements and the ledger, time to pay, and the budget. */
public final class PaymentsView {

    /** The tabs of the section, in order. */
    public enum Part { CLAIMS, STATEMENTS, TIMELINESS, BUDGET }

    private final Map<Part, Parent> parts;
    private final Consumer<Part> shown;

    @FXML private TabPane tabs;
    @FXML private Tab claimsTab;
    @FXML private Tab statementsTab;
    @FXML private Tab timelinessTab;
    @FXML private Tab budgetTab;

    /** @param shown told each time a tab is chosen, so it can read its figures again */
    public PaymentsView(Map<Part, Parent> parts, Consumer<Part> shown) {
        this.parts = Map.copyOf(parts);
        this.shown = shown;
    }

    @FXML
    private void initialize() {
        Map<Tab, Part> byTab = Map.of(claimsTab, Part.CLAIMS, statementsTab, Part.STATEMENTS,
                timelinessTab, Part.TIMELINESS, budgetTab, Part.BUDGET);
        byTab.forEach((tab, part) -> tab.setContent(parts.get(part)));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> shown.accept(byTab.get(tab)));
    }
}
