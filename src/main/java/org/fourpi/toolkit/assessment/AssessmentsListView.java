package org.fourpi.toolkit.assessment;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.fourpi.toolkit.assessment.AssessmentsViewModel.Row;
import org.fourpi.toolkit.common.ui.ColumnWidths;
import org.fourpi.toolkit.common.ui.Columns;

/** Code-behind of the list of assessments: Enter or a double click opens one; an empty list explains itself. */
public final class AssessmentsListView {

    private final AssessmentsViewModel viewModel;

    @FXML private Label listMessage;
    @FXML private Label listIntro;
    @FXML private VBox emptyBox;
    @FXML private VBox listBox;
    @FXML private TableView<Row> assessmentsTable;
    @FXML private TableColumn<Row, String> dateColumn;
    @FXML private TableColumn<Row, String> titleColumn;
    @FXML private TableColumn<Row, String> scopeColumn;
    @FXML private TableColumn<Row, String> statusColumn;
    @FXML private TableColumn<Row, String> agreedColumn;
    @FXML private Button openAssessmentButton;
    @FXML private Button deleteAssessmentButton;

    public AssessmentsListView(AssessmentsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        listMessage.textProperty().bind(viewModel.messageProperty());
        listMessage.accessibleTextProperty().bind(viewModel.messageProperty());
        BooleanBinding hasMessage = viewModel.messageProperty().isNotEmpty();
        listMessage.visibleProperty().bind(hasMessage);
        listMessage.managedProperty().bind(hasMessage);
        BooleanBinding empty = Bindings.isEmpty(viewModel.rows()).and(viewModel.loadedProperty());
        emptyBox.visibleProperty().bind(empty);
        emptyBox.managedProperty().bind(empty);
        listBox.visibleProperty().bind(empty.not());
        listBox.managedProperty().bind(empty.not());
        Columns.text(dateColumn, Row::date);
        Columns.text(titleColumn, Row::title);
        Columns.text(scopeColumn, Row::scope);
        Columns.text(statusColumn, Row::status);
        Columns.text(agreedColumn, Row::agreed);
        // The title and the count wrap, so that at a large text size every column still fits the window.
        Columns.wrapping(titleColumn);
        Columns.wrapping(agreedColumn);
        ColumnWidths.atLeastEms(dateColumn, listIntro, 7.5);
        ColumnWidths.inEms(titleColumn, listIntro, 16);
        ColumnWidths.atLeastEms(scopeColumn, listIntro, 5.0);
        ColumnWidths.atLeastEms(statusColumn, listIntro, 7.0);
        ColumnWidths.inEms(agreedColumn, listIntro, 14);
        assessmentsTable.setItems(viewModel.rows());
        assessmentsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        assessmentsTable.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, row) -> viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != assessmentsTable.getSelectionModel().getSelectedItem()) {
                assessmentsTable.getSelectionModel().select(row);
            }
        });
        assessmentsTable.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        assessmentsTable.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.open(assessmentsTable.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        assessmentsTable.focusedProperty().addListener((obs, was, is) -> {
            if (is && assessmentsTable.getSelectionModel().isEmpty() && !assessmentsTable.getItems().isEmpty()) {
                assessmentsTable.getSelectionModel().selectFirst();
            }
        });
        BooleanBinding nothingChosen = viewModel.selectedProperty().isNull();
        openAssessmentButton.disableProperty().bind(nothingChosen);
        deleteAssessmentButton.disableProperty().bind(nothingChosen);
    }

    @FXML
    private void startNew() {
        viewModel.startNew();
    }

    @FXML
    private void openSelected() {
        viewModel.openSelected();
    }

    @FXML
    private void deleteSelected() {
        viewModel.deleteSelected();
    }
}
