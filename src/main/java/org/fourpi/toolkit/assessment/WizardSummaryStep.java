package org.fourpi.toolkit.assessment;

import static org.fourpi.toolkit.assessment.WizardGroupStep.wrapped;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.fourpi.toolkit.assessment.WizardViewModel.AreaCount;
import org.fourpi.toolkit.assessment.WizardViewModel.Missing;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Styles;

/**
 * Builds the summary step: statements agreed per area, those still without an agreed rating (each a
 * link to its step), marking the assessment completed, and the way to its results.
 */
final class WizardSummaryStep {

    private final WizardViewModel viewModel;
    private final Messages messages;

    WizardSummaryStep(WizardViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    Node build() {
        VBox page = new VBox(14);
        page.getStyleClass().add("wizard-page");
        page.getChildren().addAll(wrapped(messages.text("assessment.wizard.step.summary"), Styles.PAGE_TITLE),
                wrapped(messages.text("assessment.wizard.summary.intro"), Styles.HINT));
        VBox counts = new VBox(4, wrapped(messages.text("assessment.wizard.summary.byArea"), Styles.SECTION_TITLE));
        for (AreaCount count : viewModel.areaCounts()) {
            counts.getChildren().add(wrapped(messages.text("assessment.wizard.summary.areaLine", count.name(),
                    count.agreed(), count.total()), null));
        }
        page.getChildren().add(counts);
        // The buttons come before the list of statements still to agree, which can be long.
        FlowPane buttons = new FlowPane(12, 8);
        page.getChildren().add(buttons);
        VBox missing = new VBox(4);
        if (viewModel.missing().isEmpty()) {
            missing.getChildren().add(wrapped(messages.text("assessment.wizard.summary.allAgreed"), null));
        } else {
            missing.getChildren().add(wrapped(messages.text("assessment.wizard.summary.missing",
                    viewModel.missing().size()), Styles.SECTION_TITLE));
            for (Missing m : viewModel.missing()) {
                Hyperlink link = new Hyperlink(messages.text("assessment.wizard.summary.missingLine", m.code(),
                        m.statement()));
                link.setWrapText(true);
                link.setMinHeight(Hyperlink.USE_PREF_SIZE);
                link.setId("missing-" + m.code());
                link.setAccessibleText(messages.text("assessment.wizard.summary.goTo", m.code(), m.statement()));
                link.setOnAction(e -> viewModel.goTo(m.stepIndex()));
                missing.getChildren().add(link);
            }
        }
        page.getChildren().add(missing);
        Button complete = new Button(messages.text("assessment.wizard.complete"));
        complete.setId("completeButton");
        complete.setMnemonicParsing(true);
        complete.setOnAction(e -> viewModel.complete());
        complete.visibleProperty().bind(viewModel.readOnlyProperty().not());
        complete.managedProperty().bind(complete.visibleProperty());
        Button results = new Button(messages.text("assessment.wizard.seeResults"));
        results.setId("seeResultsButton");
        results.setMnemonicParsing(true);
        results.setOnAction(e -> viewModel.seeResults());
        buttons.getChildren().addAll(complete, results);
        return page;
    }
}
