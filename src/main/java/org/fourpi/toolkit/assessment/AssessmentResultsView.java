package org.fourpi.toolkit.assessment;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.fourpi.toolkit.common.ui.Choices;
import org.fourpi.toolkit.common.ui.ColumnWidths;
import org.fourpi.toolkit.common.ui.Columns;
import org.fourpi.toolkit.common.ui.Messages;

/** Code-behind of the Results tab: binds the chooser, the figures, the chart and the buttons. */
public final class AssessmentResultsView {

    private final AssessmentResultsViewModel viewModel;
    private final Messages messages;

    @FXML private ScrollPane scroller;
    @FXML private Label chooseLabel;
    @FXML private ComboBox<AssessmentSummary> assessment;
    @FXML private Button workbookButton;
    @FXML private Button reportButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label messageLabel;
    @FXML private Label emptyLabel;
    @FXML private VBox content;
    @FXML private Label headingLabel;
    @FXML private Label detailsLabel;
    @FXML private Label overallLabel;
    @FXML private TableView<AssessmentResultsViewModel.AreaRow> areaTable;
    @FXML private TableColumn<AssessmentResultsViewModel.AreaRow, String> areaColumn;
    @FXML private TableColumn<AssessmentResultsViewModel.AreaRow, String> agreedColumn;
    @FXML private TableColumn<AssessmentResultsViewModel.AreaRow, String> previousColumn;
    @FXML private TableColumn<AssessmentResultsViewModel.AreaRow, String> changeColumn;
    @FXML private VBox chartHolder;
    @FXML private HBox previousLegend;
    @FXML private Label previousLegendLabel;
    @FXML private Label radarLabel;
    @FXML private Label strongestLabel;
    @FXML private Label weakestLabel;
    @FXML private Label viewpointsNote;
    @FXML private TableView<AssessmentResultsViewModel.ViewpointRow> viewpointTable;
    @FXML private TableColumn<AssessmentResultsViewModel.ViewpointRow, String> viewAreaColumn;
    @FXML private TableColumn<AssessmentResultsViewModel.ViewpointRow, String> serviceUsersColumn;
    @FXML private TableColumn<AssessmentResultsViewModel.ViewpointRow, String> carersColumn;
    @FXML private TableColumn<AssessmentResultsViewModel.ViewpointRow, String> staffColumn;
    @FXML private Label differencesLabel;
    @FXML private Label sinceLastLabel;
    @FXML private VBox movedBox;
    @FXML private Label movedUpLabel;
    @FXML private Label movedDownLabel;

    public AssessmentResultsView(AssessmentResultsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        assessment.setItems(viewModel.choices());
        Choices.showWith(assessment, new StringConverter<>() {
            @Override
            public String toString(AssessmentSummary summary) {
                return viewModel.choiceLabel(summary);
            }

            @Override
            public AssessmentSummary fromString(String text) {
                return null;
            }
        });
        assessment.valueProperty().bindBidirectional(viewModel.chosenProperty());
        BooleanBinding noResults = viewModel.resultsProperty().isNull();
        workbookButton.disableProperty().bind(noResults.or(viewModel.writingProperty()));
        reportButton.disableProperty().bind(noResults.or(viewModel.writingProperty()));
        showWhen(progressBar, viewModel.writingProperty());
        progressBar.progressProperty().bind(viewModel.fileProgressProperty());
        text(messageLabel, viewModel.messageProperty());
        text(emptyLabel, viewModel.emptyTextProperty());
        showWhen(emptyLabel, noResults);
        showWhen(content, noResults.not());

        headingLabel.textProperty().bind(viewModel.headingProperty());
        text(detailsLabel, viewModel.detailsProperty());
        text(overallLabel, viewModel.overallProperty());

        Columns.text(areaColumn, AssessmentResultsViewModel.AreaRow::name);
        Columns.text(agreedColumn, AssessmentResultsViewModel.AreaRow::agreed);
        Columns.text(previousColumn, AssessmentResultsViewModel.AreaRow::previous);
        Columns.text(changeColumn, AssessmentResultsViewModel.AreaRow::change);
        areaTable.setItems(viewModel.areaRows());
        table(areaTable);
        ColumnWidths.inEms(areaColumn, chooseLabel, 18);
        ColumnWidths.inEms(agreedColumn, chooseLabel, 6);
        ColumnWidths.inEms(previousColumn, chooseLabel, 7);
        ColumnWidths.inEms(changeColumn, chooseLabel, 8);
        // Beside the chart when there is room; never wider than the page, so larger text never needs a sideways scroll.
        areaTable.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
                    double em = chooseLabel.getFont().getSize();
                    double columns = areaColumn.getWidth() + agreedColumn.getWidth() + previousColumn.getWidth()
                            + changeColumn.getWidth() + em;
                    double room = scroller.getViewportBounds().getWidth() - em * 4.5;
                    return room < em * 10 ? columns : Math.min(columns, room);
                },
                areaColumn.widthProperty(), agreedColumn.widthProperty(), previousColumn.widthProperty(),
                changeColumn.widthProperty(), scroller.viewportBoundsProperty(), chooseLabel.fontProperty()));

        RadarChart chart = new RadarChart(viewModel.radar());
        chart.accessibleTextProperty().bind(viewModel.radarTextProperty());
        chartHolder.getChildren().add(chart);
        previousLegendLabel.textProperty().bind(viewModel.previousLegendProperty());
        showWhen(previousLegend, viewModel.previousLegendProperty().isNotEmpty());
        text(radarLabel, viewModel.radarTextProperty());

        text(strongestLabel, viewModel.strongestProperty());
        text(weakestLabel, viewModel.weakestProperty());

        text(viewpointsNote, viewModel.viewpointsNoteProperty());
        showWhen(viewpointsNote, viewModel.viewpointsNoteProperty().isNotEmpty());
        Columns.text(viewAreaColumn, AssessmentResultsViewModel.ViewpointRow::area);
        Columns.text(serviceUsersColumn, AssessmentResultsViewModel.ViewpointRow::serviceUsers);
        Columns.text(carersColumn, AssessmentResultsViewModel.ViewpointRow::carers);
        Columns.text(staffColumn, AssessmentResultsViewModel.ViewpointRow::staff);
        viewpointTable.setItems(viewModel.viewpointRows());
        table(viewpointTable);
        showWhen(viewpointTable, Bindings.isNotEmpty(viewModel.viewpointRows()));
        ColumnWidths.inEms(viewAreaColumn, chooseLabel, 12);
        ColumnWidths.inEms(serviceUsersColumn, chooseLabel, 9);
        ColumnWidths.inEms(carersColumn, chooseLabel, 9);
        ColumnWidths.inEms(staffColumn, chooseLabel, 14);
        text(differencesLabel, viewModel.differencesProperty());

        text(sinceLastLabel, viewModel.progressProperty());
        text(movedUpLabel, viewModel.movedUpProperty());
        text(movedDownLabel, viewModel.movedDownProperty());
        showWhen(movedBox, viewModel.movedUpProperty().isNotEmpty());
    }

    /** A table as tall as its rows, in proportion to the text size, so the page scrolls rather than the table. */
    private void table(TableView<?> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        var rowHeight = Bindings.createDoubleBinding(() -> Math.ceil(chooseLabel.getFont().getSize() * 2.2),
                chooseLabel.fontProperty());
        table.fixedCellSizeProperty().bind(rowHeight);
        var height = Bindings.createDoubleBinding(() -> rowHeight.get() * (table.getItems().size() + 1.25) + 4,
                rowHeight, table.getItems());
        table.prefHeightProperty().bind(height);
        table.minHeightProperty().bind(height);
        table.maxHeightProperty().bind(height);
    }

    private static void text(Label label, ObservableValue<String> value) {
        label.textProperty().bind(value);
        label.accessibleTextProperty().bind(value);
    }

    private static void showWhen(Node node, ObservableValue<Boolean> shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    @FXML
    private void exportWorkbook() {
        viewModel.exportWorkbook();
    }

    @FXML
    private void saveReport() {
        viewModel.saveReport();
    }
}
