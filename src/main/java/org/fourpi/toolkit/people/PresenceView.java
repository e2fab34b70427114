package org.fourpi.toolkit.people;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Styles;
import org.fourpi.toolkit.people.PresenceViewModel.Bar;
import org.fourpi.toolkit.people.PresenceViewModel.Chart;

/**
 * Code-behind of the Presence page: binds the sentences to the view model and draws each breakdown
 * as a bar chart with its figures written beside it. A figure shown as a band of five is drawn solid
 * up to its lowest number and pale up to its highest.
 */
public final class PresenceView {

    private static final String BLOCK = "presence-block";
    private static final String ROW = "presence-row";
    private static final String CHART = "presence-chart";
    private static final String FIGURES = "presence-figures";
    private static final String FOCUSABLE = "presence-focusable";
    private static final String SUBSECTION_TITLE = "subsection-title";
    /** Chart height in lines of text: room for the number scale, then for each bar. */
    private static final double LINES_FOR_SCALE = 5;
    private static final double LINES_PER_BAR = 2.2;
    private static final double CHART_WIDTH_EMS = 30;
    private static final double FIGURES_WIDTH_EMS = 26;

    private final PresenceViewModel viewModel;
    private final Messages messages;

    @FXML private Button refreshButton;
    @FXML private Label statusLabel;
    @FXML private VBox livedExperienceNote;
    @FXML private Label bandsNote;
    @FXML private Label emptyLabel;
    @FXML private VBox involvementSection;
    @FXML private Label activeLabel;
    @FXML private VBox involvementCharts;
    @FXML private VBox equalitySection;
    @FXML private Label noAnswersLabel;
    @FXML private VBox equalityCharts;

    public PresenceView(PresenceViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        refreshButton.disableProperty().bind(viewModel.busyProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        statusLabel.accessibleTextProperty().bind(viewModel.statusProperty());
        activeLabel.textProperty().bind(viewModel.activeLineProperty());
        activeLabel.accessibleTextProperty().bind(viewModel.activeLineProperty());
        showWhen(livedExperienceNote, viewModel.livedExperienceNoteProperty());
        showWhen(bandsNote, viewModel.inBandsProperty());
        showWhen(emptyLabel, viewModel.loadedProperty().and(viewModel.anyoneActiveProperty().not()));
        showWhen(involvementSection, viewModel.anyoneActiveProperty());
        showWhen(equalitySection, viewModel.anyoneActiveProperty());
        showWhen(noAnswersLabel, viewModel.anyoneAnsweredProperty().not());
        showCharts(involvementCharts, viewModel.involvementCharts());
        showCharts(equalityCharts, viewModel.equalityCharts());
    }

    private static void showWhen(Node node, BooleanExpression condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private void showCharts(VBox box, ObservableList<Chart> charts) {
        box.getChildren().setAll(charts.stream().map(this::block).toList());
        charts.addListener((ListChangeListener<Chart>) change ->
                box.getChildren().setAll(charts.stream().map(this::block).toList()));
    }

    /** One breakdown: its title, a hint, and the chart beside the figures in words. */
    private Node block(Chart chart) {
        VBox block = new VBox(label(chart.title(), SUBSECTION_TITLE));
        block.getStyleClass().add(BLOCK);
        if (!chart.hint().isEmpty()) {
            block.getChildren().add(label(chart.hint(), Styles.HINT));
        }
        Label figures = label(String.join("\n", chart.lines()), FIGURES);
        figures.getStyleClass().add(FOCUSABLE);
        figures.setFocusTraversable(true);
        figures.setAccessibleRole(AccessibleRole.TEXT);
        figures.setAccessibleText(chart.figuresAccessibleText());
        FlowPane row = new FlowPane();
        row.getStyleClass().add(ROW);
        // Side by side when there is room; at large text sizes the figures move under the chart.
        row.setMinWidth(0);
        figures.maxWidthProperty().bind(atMost(FIGURES_WIDTH_EMS, figures, row));
        if (!chart.bars().isEmpty()) {
            row.getChildren().add(barChart(chart, figures, row));
        }
        row.getChildren().add(figures);
        block.getChildren().add(row);
        return block;
    }

    /**
     * Bars run across, so long group names stay readable; the first group is at the top. Two series
     * stacked: the solid one to each figure's lowest number, the pale one on to its highest.
     */
    private StackedBarChart<Number, String> barChart(Chart chart, Label figures, FlowPane row) {
        NumberAxis scale = new NumberAxis(0, chart.axisUpperBound(), chart.tickUnit());
        scale.setMinorTickVisible(false);
        scale.setLabel(messages.text("presence.chart.axis"));
        scale.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Integer.toString(n.intValue());
            }

            @Override
            public Number fromString(String text) {
                return Integer.valueOf(text);
            }
        });
        List<Bar> bottomUp = chart.bars().reversed();
        CategoryAxis groups = new CategoryAxis(FXCollections.observableArrayList(
                bottomUp.stream().map(Bar::label).toList()));
        StackedBarChart<Number, String> barChart = new StackedBarChart<>(scale, groups);
        barChart.getStyleClass().add(CHART);
        barChart.setAnimated(false);
        barChart.setLegendVisible(false);
        barChart.setFocusTraversable(false);
        barChart.setAccessibleText(chart.chartAccessibleText());
        XYChart.Series<Number, String> atLeast = new XYChart.Series<>();
        XYChart.Series<Number, String> band = new XYChart.Series<>();
        for (Bar bar : bottomUp) {
            atLeast.getData().add(new XYChart.Data<>(bar.atLeast(), bar.label()));
            band.getData().add(new XYChart.Data<>(bar.atMost() - bar.atLeast(), bar.label()));
        }
        barChart.getData().add(atLeast);
        barChart.getData().add(band);
        // The height follows the text size, so bars and their names keep their room at 150%.
        double lines = LINES_FOR_SCALE + LINES_PER_BAR * chart.bars().size();
        barChart.prefHeightProperty().bind(figures.fontProperty().map(font -> font.getSize() * lines));
        barChart.minHeightProperty().bind(barChart.prefHeightProperty());
        barChart.prefWidthProperty().bind(atMost(CHART_WIDTH_EMS, figures, row));
        barChart.maxWidthProperty().bind(barChart.prefWidthProperty());
        return barChart;
    }

    /** A width of so many lines of text high (em), but never wider than the row. */
    private static DoubleBinding atMost(double ems, Label text, Region row) {
        return Bindings.createDoubleBinding(() -> {
            double wanted = text.getFont().getSize() * ems;
            return row.getWidth() > 0 ? Math.min(wanted, row.getWidth()) : wanted;
        }, text.fontProperty(), row.widthProperty());
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }
}
