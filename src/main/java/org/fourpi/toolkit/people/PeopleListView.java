package org.fourpi.toolkit.people;

import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

import org.fourpi.toolkit.common.ui.Columns;
import org.fourpi.toolkit.common.ui.Choices;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.people.PeopleListViewModel.Row;

/** Code-behind of the people list: binds the filter, the table and the count to the view model. */
public final class PeopleListView {

    private final PeopleListViewModel viewModel;
    private final Messages messages;
    private final Runnable importPeople;

    @FXML private TextField filter;
    @FXML private ComboBox<PeopleListViewModel.StatusFilter> statusFilter;
    @FXML private ComboBox<PeopleListViewModel.SortBy> sortBy;
    @FXML private Label countLabel;
    @FXML private Label messageLabel;
    @FXML private TableView<Row> table;
    @FXML private TableColumn<Row, String> nameColumn;
    @FXML private TableColumn<Row, String> perspectiveColumn;
    @FXML private TableColumn<Row, String> rolesColumn;
    @FXML private TableColumn<Row, String> statusColumn;
    @FXML private TableColumn<Row, String> emailColumn;
    @FXML private TableColumn<Row, String> phoneColumn;
    @FXML private TableColumn<Row, String> needsColumn;

    public PeopleListView(PeopleListViewModel viewModel, Messages messages, Runnable importPeople) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.importPeople = importPeople;
    }

    @FXML
    private void initialize() {
        filter.textProperty().bindBidirectional(viewModel.filterTextProperty());
        Choices.setUp(statusFilter, viewModel.statusFilters(), messages, null);
        statusFilter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        countLabel.textProperty().bind(viewModel.countProperty());
        countLabel.accessibleTextProperty().bind(viewModel.countProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.accessibleTextProperty().bind(viewModel.messageProperty());
        var hasMessage = viewModel.messageProperty().isNotEmpty();
        messageLabel.visibleProperty().bind(hasMessage);
        messageLabel.managedProperty().bind(hasMessage);

        Columns.text(nameColumn, Row::name);
        Columns.text(perspectiveColumn, Row::perspective);
        Columns.text(rolesColumn, Row::roles);
        Columns.text(statusColumn, Row::status);
        Columns.text(emailColumn, Row::email);
        Columns.text(phoneColumn, Row::phone);
        Columns.text(needsColumn, Row::needs);
        SortedList<Row> sorted = new SortedList<>(viewModel.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Choices.setUp(sortBy, java.util.List.of(PeopleListViewModel.SortBy.values()), messages, null);
        sortBy.valueProperty().bindBidirectional(viewModel.sortByProperty());
        sortBy.valueProperty().addListener((obs, old, by) -> sortTableBy(by));
        sortTableBy(sortBy.getValue());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        table.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        // From the find box, the down arrow goes into the list.
        filter.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                event.consume();
            }
        });
    }

    private void sortTableBy(PeopleListViewModel.SortBy by) {
        if (by == null) {
            return;
        }
        if (by == PeopleListViewModel.SortBy.NAME) {
            table.getSortOrder().clear(); // the register's own order: by last name, then first name
            return;
        }
        TableColumn<Row, String> column = switch (by) {
            case NAME -> nameColumn;
            case PERSPECTIVE -> perspectiveColumn;
            case ROLES -> rolesColumn;
            case STATUS -> statusColumn;
            case EMAIL -> emailColumn;
            case NEEDS -> needsColumn;
        };
        column.setSortType(TableColumn.SortType.ASCENDING);
        table.getSortOrder().setAll(java.util.List.of(column));
    }

    @FXML
    private void add() {
        viewModel.add();
    }

    @FXML
    private void exportToExcel() {
        viewModel.exportToExcel();
    }

    @FXML
    private void importPeople() {
        importPeople.run();
    }
}
