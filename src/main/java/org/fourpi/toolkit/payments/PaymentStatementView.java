package org.fourpi.toolkit.payments;

import java.util.List;

import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;

import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.ui.Choices;
import org.fourpi.toolkit.common.ui.ColumnWidths;
import org.fourpi.toolkit.common.ui.Columns;
import org.fourpi.toolkit.common.ui.Messages;

/** Code-behind of the Statements and ledger tab: binds the choosers, the table and the buttons. */
public final class PaymentStatementView {

    private final PaymentStatementViewModel viewModel;
    private final Messages messages;

    @FXML private ComboBox<PersonChoice> person;
    @FXML private ComboBox<TaxYear> taxYear;
    @FXML private Button savePdfButton;
    @FXML private Label basisLabel;
    @FXML private TableView<PaymentStatementViewModel.Row> table;
    @FXML private TableColumn<PaymentStatementViewModel.Row, String> dateColumn;
    @FXML private TableColumn<PaymentStatementViewModel.Row, String> activityColumn;
    @FXML private TableColumn<PaymentStatementViewModel.Row, String> whatForColumn;
    @FXML private TableColumn<PaymentStatementViewModel.Row, String> quantityColumn;
    @FXML private TableColumn<PaymentStatementViewModel.Row, String> amountColumn;
    @FXML private TableColumn<PaymentStatementViewModel.Row, String> statusColumn;
    @FXML private TableColumn<PaymentStatementViewModel.Row, String> paidOnColumn;
    @FXML private Label emptyLabel;
    @FXML private Label statementTotals;
    @FXML private ComboBox<LedgerFormat> ledgerFormat;
    @FXML private CheckBox allYears;
    @FXML private Button exportButton;
    @FXML private ProgressBar progressBar;
    @FXML private Button stopButton;
    @FXML private Label messageLabel;

    public PaymentStatementView(PaymentStatementViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        person.setItems(viewModel.personChoices());
        Choices.showWith(person, new StringConverter<>() {
            @Override
            public String toString(PersonChoice choice) {
                return choice == null ? messages.text("payments.statement.person.none") : choice.name();
            }

            @Override
            public PersonChoice fromString(String text) {
                return null;
            }
        });
        person.valueProperty().bindBidirectional(viewModel.personProperty());
        taxYear.setItems(viewModel.taxYears());
        Choices.showWith(taxYear, new StringConverter<>() {
            @Override
            public String toString(TaxYear year) {
                return viewModel.yearLabel(year);
            }

            @Override
            public TaxYear fromString(String text) {
                return null;
            }
        });
        taxYear.valueProperty().bindBidirectional(viewModel.taxYearProperty());
        savePdfButton.disableProperty().bind(viewModel.canSavePdfProperty().not());

        basisLabel.textProperty().bind(viewModel.basisProperty());
        Columns.text(dateColumn, PaymentStatementViewModel.Row::date);
        Columns.text(activityColumn, PaymentStatementViewModel.Row::activity);
        Columns.text(whatForColumn, PaymentStatementViewModel.Row::whatFor);
        Columns.text(quantityColumn, PaymentStatementViewModel.Row::quantity);
        Columns.text(amountColumn, PaymentStatementViewModel.Row::amount);
        Columns.text(statusColumn, PaymentStatementViewModel.Row::status);
        Columns.text(paidOnColumn, PaymentStatementViewModel.Row::paidOn);
        amountColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.setItems(viewModel.rows());
        // Columns keep a width in proportion to the text size, so nothing is cut short at larger sizes;
        // the table scrolls sideways when the window is narrow.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        ColumnWidths.inEms(dateColumn, basisLabel, 8);
        ColumnWidths.inEms(activityColumn, basisLabel, 12);
        ColumnWidths.inEms(whatForColumn, basisLabel, 26);
        ColumnWidths.inEms(quantityColumn, basisLabel, 7);
        ColumnWidths.inEms(amountColumn, basisLabel, 6);
        ColumnWidths.inEms(statusColumn, basisLabel, 7);
        ColumnWidths.inEms(paidOnColumn, basisLabel, 8);
        emptyLabel.textProperty().bind(viewModel.emptyTextProperty());
        emptyLabel.setAlignment(Pos.CENTER);
        statementTotals.textProperty().bind(viewModel.totalsProperty());
        statementTotals.accessibleTextProperty().bind(viewModel.totalsProperty());
        var hasTotals = viewModel.totalsProperty().isNotEmpty();
        statementTotals.visibleProperty().bind(hasTotals);
        statementTotals.managedProperty().bind(hasTotals);

        Choices.setUp(ledgerFormat, List.of(LedgerFormat.values()), messages, null);
        ledgerFormat.valueProperty().bindBidirectional(viewModel.ledgerFormatProperty());
        allYears.selectedProperty().bindBidirectional(viewModel.ledgerAllYearsProperty());
        exportButton.disableProperty().bind(viewModel.writingProperty());

        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressBar.visibleProperty().bind(viewModel.writingProperty());
        progressBar.managedProperty().bind(viewModel.writingProperty());
        stopButton.visibleProperty().bind(viewModel.stoppableProperty());
        stopButton.managedProperty().bind(viewModel.stoppableProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.accessibleTextProperty().bind(viewModel.messageProperty());
    }

    @FXML
    private void savePdf() {
        viewModel.savePdf();
    }

    @FXML
    private void exportLedger() {
        viewModel.exportLedger();
    }

    @FXML
    private void stopLedger() {
        viewModel.stopLedger();
    }
}
