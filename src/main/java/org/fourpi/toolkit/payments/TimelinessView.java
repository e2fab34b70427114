package org.fourpi.toolkit.payments;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.fourpi.toolkit.common.ui.Columns;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.payments.TimelinessViewModel.Bar;
import org.fourpi.toolkit.payments.TimelinessViewModel.Row;

/**
 * Code-behind of the Time to pay tab: binds the sentences and the table to the view model and draws the
 * median days of each month beside the target as a bar chart; the table holds the same figures.
 */
public final class TimelinessView {

    private static final String CHART = "timeliness-chart";

    private final TimelinessViewModel viewModel;
    private final Messages messages;

    @FXML private ComboBox<TimelinessSpan> spanChoice;
    @FXML private Button timelinessRefreshButton;
    @FXML private Label timelinessStatusLabel;
    @FXML private Label waitingLabel;
    @FXML private Label summaryLabel;
    @FXML private Label latestMonthLabel;
    @FXML private VBox chartBox;
    @FXML private TableView<Row> monthsTable;
    @FXML private TableColumn<Row, String> monthColumn;
    @FXML private TableColumn<Row, String> paidColumn;
    @FXML private TableColumn<Row, String> medianColumn;
    @FXML private TableColumn<Row, String> withinColumn;

    public TimelinessView(TimelinessViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        StringConverter<TimelinessSpan> names = new StringConverter<>() {
            @Override
            public String toString(TimelinessSpan span) {
                return viewModel.spanText(span);
            }

            @Override
            public TimelinessSpan fromString(String text) {
                return null;
            }
        };
        spanChoice.setItems(viewModel.spans());
        spanChoice.setConverter(names);
        spanChoice.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TimelinessSpan item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : names.toString(item));
            }
        });
        spanChoice.valueProperty().bindBidirectional(viewModel.spanProperty());
        timelinessRefreshButton.disableProperty().bind(viewModel.busyProperty());
        bindText(timelinessStatusLabel, viewModel.statusProperty());
        bindText(waitingLabel, viewModel.waitingProperty());
        bindText(summaryLabel, viewModel.summaryProperty());
        bindText(latestMonthLabel, viewModel.latestMonthProperty());
        monthsTable.setItems(viewModel.rows());
        Columns.text(monthColumn, Row::month);
        Columns.text(paidColumn, Row::paid);
        Columns.text(medianColumn, Row::median);
        Columns.text(withinColumn, Row::withinTarget);
        // Shares of the table's width, so the month's name keeps its room at large text sizes.
        monthColumn.prefWidthProperty().bind(monthsTable.widthProperty().multiply(0.37));
        paidColumn.prefWidthProperty().bind(monthsTable.widthProperty().multiply(0.11));
        medianColumn.prefWidthProperty().bind(monthsTable.widthProperty().multiply(0.255));
        withinColumn.prefWidthProperty().bind(monthsTable.widthProperty().multiply(0.245));
        // A screen reader reads each month as its sentence.
        monthsTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                setAccessibleText(empty || item == null ? null : item.sentence());
            }
        });
        drawChart();
        viewModel.bars().addListener((ListChangeListener<Bar>) change -> drawChart());
    }

    private static void bindText(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.accessibleTextProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Median days as one bar per month with the target beside it; a month with no payments has no bar. */
    private void drawChart() {
        List<Bar> bars = viewModel.bars();
        if (bars.isEmpty()) {
            chartBox.getChildren().clear();
            return;
        }
        CategoryAxis months = new CategoryAxis(FXCollections.observableArrayList(bars.stream().map(Bar::month).toList()));
        months.setLabel(messages.text("payments.timeliness.chart.months"));
        NumberAxis days = new NumberAxis();
        days.setLabel(messages.text("payments.timeliness.chart.days"));
        days.setMinorTickVisible(false);
        days.setForceZeroInRange(true);
        BarChart<String, Number> chart = new BarChart<>(months, days);
        chart.getStyleClass().add(CHART);
        chart.setAnimated(false);
        chart.setFocusTraversable(false);
        chart.setAccessibleText(messages.text("payments.timeliness.chart.accessible"));
        XYChart.Series<String, Number> median = new XYChart.Series<>();
        median.setName(messages.text("payments.timeliness.chart.median"));
        XYChart.Series<String, Number> target = new XYChart.Series<>();
        target.setName(messages.text("payments.timeliness.chart.target"));
        for (Bar bar : bars) {
            bar.median().ifPresent(value -> median.getData().add(new XYChart.Data<>(bar.month(), value)));
            if (bar.target().isPresent()) {
                target.getData().add(new XYChart.Data<>(bar.month(), bar.target().getAsInt()));
            }
        }
        chart.getData().add(median);
        chart.getData().add(target);
        chartBox.getChildren().setAll(chart);
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }
}
