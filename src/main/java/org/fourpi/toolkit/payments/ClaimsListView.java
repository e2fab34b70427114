package org.fourpi.toolkit.payments;

import java.util.List;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

import org.fourpi.toolkit.common.ui.Choices;
import org.fourpi.toolkit.common.ui.ColumnWidths;
import org.fourpi.toolkit.common.ui.Columns;
import org.fourpi.toolkit.common.ui.FieldErrors;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.payments.ClaimsListViewModel.Row;

/** Code-behind of the claims list: binds the filters, the totals and the table to the view model. */
public final class ClaimsListView {

    private final ClaimsListViewModel viewModel;
    private final Messages messages;

    @FXML private Button claimFormButton;
    @FXML private CheckBox largePrintBox;
    @FXML private ComboBox<ClaimStatus> statusFilter;
    @FXML private ComboBox<PersonChoice> personFilter;
    @FXML private TextField activityFilter;
    @FXML private ComboBox<ClaimCategory> categoryFilter;
    @FXML private TextField fromFilter;
    @FXML private TextField toFilter;
    @FXML private Label fromError;
    @FXML private Label toError;
    @FXML private Label totalsLabel;
    @FXML private Button showAllButton;
    @FXML private Label listMessage;
    @FXML private TableView<Row> claimsTable;
    @FXML private TableColumn<Row, String> personColumn;
    @FXML private TableColumn<Row, String> activityColumn;
    @FXML private TableColumn<Row, String> dateColumn;
    @FXML private TableColumn<Row, String> statusColumn;
    @FXML private TableColumn<Row, String> owedColumn;
    @FXML private TableColumn<Row, String> byUsColumn;
    @FXML private TableColumn<Row, String> waitingColumn;

    public ClaimsListView(ClaimsListViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        largePrintBox.selectedProperty().bindBidirectional(viewModel.largePrintProperty());
        claimFormButton.disableProperty().bind(viewModel.printingProperty());
        Choices.setUp(statusFilter, List.of(ClaimStatus.values()), messages, messages.text("payments.claims.filter.any"));
        statusFilter.valueProperty().bindBidirectional(viewModel.statusProperty());
        Choices.setUp(categoryFilter, List.of(ClaimCategory.values()), messages,
                messages.text("payments.claims.filter.any"));
        categoryFilter.valueProperty().bindBidirectional(viewModel.categoryProperty());
        personFilter.setItems(viewModel.personChoices());
        String anyone = messages.text("payments.claims.filter.anyone");
        personFilter.setButtonCell(personCell(anyone));
        personFilter.setCellFactory(list -> personCell(anyone));
        personFilter.setPromptText(anyone);
        personFilter.valueProperty().bindBidirectional(viewModel.personProperty());
        Choices.findByFirstLetter(personFilter, PersonChoice::name);
        personFilter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                viewModel.personProperty().set(null);
            }
        });
        activityFilter.textProperty().bindBidirectional(viewModel.activityTextProperty());
        fromFilter.textProperty().bindBidirectional(viewModel.fromProperty());
        toFilter.textProperty().bindBidirectional(viewModel.toProperty());
        FieldErrors.show(fromFilter, fromError, viewModel.fromErrorProperty());
        FieldErrors.show(toFilter, toError, viewModel.toErrorProperty());
        fromFilter.setOnAction(event -> viewModel.refresh());
        toFilter.setOnAction(event -> viewModel.refresh());
        totalsLabel.textProperty().bind(viewModel.totalsProperty());
        totalsLabel.accessibleTextProperty().bind(viewModel.totalsProperty());
        showAllButton.textProperty().bind(viewModel.showAllTextProperty());
        showAllButton.accessibleTextProperty().bind(viewModel.showAllNameProperty());
        showAllButton.visibleProperty().bind(viewModel.moreProperty());
        showAllButton.managedProperty().bind(viewModel.moreProperty());
        showAllButton.disableProperty().bind(viewModel.busyProperty());
        viewModel.moreProperty().addListener((obs, had, has) -> {
            // The button goes once every claim is shown: the keyboard carries on in the list.
            if (!has && showAllButton.isFocused()) {
                claimsTable.requestFocus();
            }
        });
        listMessage.textProperty().bind(viewModel.messageProperty());
        listMessage.accessibleTextProperty().bind(viewModel.messageProperty());
        var hasMessage = viewModel.messageProperty().isNotEmpty();
        listMessage.visibleProperty().bind(hasMessage);
        listMessage.managedProperty().bind(hasMessage);

        Columns.text(personColumn, Row::person);
        Columns.text(activityColumn, Row::activity);
        Columns.text(dateColumn, Row::date);
        Columns.text(statusColumn, Row::status);
        Columns.text(owedColumn, Row::owed);
        Columns.text(byUsColumn, Row::paidByUs);
        Columns.text(waitingColumn, Row::waiting);
        // The claims stay in the order the list gives: those waiting longest first.
        List.of(personColumn, activityColumn, dateColumn, statusColumn, owedColumn, byUsColumn, waitingColumn)
                .forEach(column -> column.setSortable(false));
        List.of(personColumn, activityColumn, dateColumn, statusColumn, owedColumn, byUsColumn, waitingColumn)
                .forEach(Columns::wrapping);
        // Widths in ems, so headings and amounts are never cut at a larger text size; the table scrolls sideways instead.
        ColumnWidths.atLeastEms(personColumn, totalsLabel, 8.0);
        ColumnWidths.atLeastEms(activityColumn, totalsLabel, 9.0);
        ColumnWidths.atLeastEms(dateColumn, totalsLabel, 10.5);
        ColumnWidths.atLeastEms(statusColumn, totalsLabel, 6.5);
        ColumnWidths.atLeastEms(owedColumn, totalsLabel, 5.5);
        ColumnWidths.atLeastEms(byUsColumn, totalsLabel, 7.0);
        ColumnWidths.atLeastEms(waitingColumn, totalsLabel, 13.0);
        claimsTable.setItems(viewModel.rows());
        claimsTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        totalsLabel.fontProperty().addListener((obs, old, font) -> claimsTable.refresh());
        claimsTable.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        claimsTable.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.open(claimsTable.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        claimsTable.focusedProperty().addListener((obs, was, is) -> {
            if (is && claimsTable.getSelectionModel().isEmpty() && !claimsTable.getItems().isEmpty()) {
                claimsTable.getSelectionModel().selectFirst();
            }
        });
    }

            /** Shows a person by name, and "no choice" as {@code empty}. */
    static ListCell<PersonChoice> personCell(String empty) {
        return new ListCell<>() {
            @Override
            protected void updateItem(PersonChoice item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(item == null ? empty : item.name());
            }
        };
    }

    @FXML
    private void startNew() {
        viewModel.startNew();
    }

    @FXML
    private void printClaimForm() {
        viewModel.printClaimForm();
    }

    @FXML
    private void apply() {
        viewModel.refresh();
    }

    @FXML
    private void showAll() {
        viewModel.showAll();
    }

    @FXML
    private void clear() {
        viewModel.clearFilters();
    }
}
