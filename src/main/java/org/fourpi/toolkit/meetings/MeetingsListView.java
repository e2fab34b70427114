package org.fourpi.toolkit.meetings;

import java.util.List;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

import org.fourpi.toolkit.common.ui.ColumnWidths;
import org.fourpi.toolkit.common.ui.Columns;
import org.fourpi.toolkit.meetings.MeetingsViewModel.Row;

/** Code-behind of the meetings list: binds the table to the view model; Enter or a double click opens a meeting. */
public final class MeetingsListView {

    private final MeetingsViewModel viewModel;

    @FXML private Label listMessage;
    @FXML private TableView<Row> meetingsTable;
    @FXML private TableColumn<Row, String> whenColumn;
    @FXML private TableColumn<Row, String> dateColumn;
    @FXML private TableColumn<Row, String> timeColumn;
    @FXML private TableColumn<Row, String> titleColumn;
    @FXML private TableColumn<Row, String> kindColumn;
    @FXML private TableColumn<Row, String> invitedColumn;

    public MeetingsListView(MeetingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        listMessage.textProperty().bind(viewModel.messageProperty());
        listMessage.accessibleTextProperty().bind(viewModel.messageProperty());
        var hasMessage = viewModel.messageProperty().isNotEmpty();
        listMessage.visibleProperty().bind(hasMessage);
        listMessage.managedProperty().bind(hasMessage);
        Columns.text(whenColumn, Row::when);
        Columns.text(dateColumn, Row::date);
        Columns.text(timeColumn, Row::time);
        Columns.text(titleColumn, Row::title);
        Columns.text(kindColumn, Row::kind);
        Columns.text(invitedColumn, Row::invited);
        // The meetings stay in the order the list gives: those to come, the soonest first, then those past.
        List.of(whenColumn, dateColumn, timeColumn, titleColumn, kindColumn, invitedColumn)
                .forEach(column -> column.setSortable(false));
        ColumnWidths.atLeastEms(whenColumn, listMessage, 6.0);
        ColumnWidths.atLeastEms(dateColumn, listMessage, 10.0);
        ColumnWidths.atLeastEms(timeColumn, listMessage, 6.0);
        ColumnWidths.atLeastEms(titleColumn, listMessage, 16.0);
        ColumnWidths.atLeastEms(kindColumn, listMessage, 9.0);
        ColumnWidths.atLeastEms(invitedColumn, listMessage, 7.0);
        meetingsTable.setItems(viewModel.rows());
        meetingsTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        meetingsTable.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        meetingsTable.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.open(meetingsTable.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        meetingsTable.focusedProperty().addListener((obs, was, is) -> {
            if (is && meetingsTable.getSelectionModel().isEmpty() && !meetingsTable.getItems().isEmpty()) {
                meetingsTable.getSelectionModel().selectFirst();
            }
        });
    }

    @FXML
    private void startNew() {
        viewModel.startNew();
    }
}
