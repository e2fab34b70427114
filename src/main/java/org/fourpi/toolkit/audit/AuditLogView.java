package org.fourpi.toolkit.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.fourpi.toolkit.common.ui.Choices;
import org.fourpi.toolkit.common.ui.ColumnWidths;
import org.fourpi.toolkit.common.ui.Columns;
import org.fourpi.toolkit.common.ui.Messages;

/** Code-behind of the audit log window: the filter, the table of one page and the export, bound to the view model. */
public final class AuditLogView {

    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TYPED_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);

    private final AuditLogViewModel viewModel;
    private final Messages messages;

    @FXML private Button auditExportButton;
    @FXML private ComboBox<AreaFilter> areaChoice;
    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private TextField wordsField;
    @FXML private Label auditFilterError;
    @FXML private TableView<AuditRow> auditTable;
    @FXML private TableColumn<AuditRow, String> whenColumn;
    @FXML private TableColumn<AuditRow, String> whoColumn;
    @FXML private TableColumn<AuditRow, String> areaColumn;
    @FXML private TableColumn<AuditRow, String> recordColumn;
    @FXML private TableColumn<AuditRow, String> whatColumn;
    @FXML private TableColumn<AuditRow, String> fieldColumn;
    @FXML private TableColumn<AuditRow, String> beforeColumn;
    @FXML private TableColumn<AuditRow, String> afterColumn;
    @FXML private Button newerButton;
    @FXML private Button olderButton;
    @FXML private Label auditPageLabel;
    @FXML private Label auditStatusLabel;

    public AuditLogView(AuditLogViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        Choices.setUp(areaChoice, List.of(AreaFilter.values()), messages, null);
        areaChoice.valueProperty().bindBidirectional(viewModel.areaProperty());
        ukDates(fromDate);
        ukDates(toDate);
        fromDate.valueProperty().bindBidirectional(viewModel.fromProperty());
        toDate.valueProperty().bindBidirectional(viewModel.toProperty());
        wordsField.textProperty().bindBidirectional(viewModel.textProperty());
        // A new area or day shows its changes at once; words are looked for on Enter or Show.
        areaChoice.valueProperty().addListener((obs, old, now) -> viewModel.show());
        fromDate.valueProperty().addListener((obs, old, now) -> viewModel.show());
        toDate.valueProperty().addListener((obs, old, now) -> viewModel.show());

        auditFilterError.textProperty().bind(viewModel.filterErrorProperty());
        var hasError = viewModel.filterErrorProperty().isNotEmpty();
        auditFilterError.visibleProperty().bind(hasError);
        auditFilterError.managedProperty().bind(hasError);

        Columns.text(whenColumn, AuditRow::when);
        Columns.text(whoColumn, AuditRow::who);
        Columns.text(areaColumn, AuditRow::area);
        Columns.text(recordColumn, AuditRow::record);
        Columns.text(whatColumn, AuditRow::what);
        Columns.text(fieldColumn, AuditRow::field);
        Columns.text(beforeColumn, AuditRow::before);
        Columns.text(afterColumn, AuditRow::after);
        // The columns share the window's width and long values wrap, so larger text is not cut short.
        for (TableColumn<AuditRow, String> column : List.of(whenColumn, whoColumn, areaColumn, recordColumn,
                whatColumn, fieldColumn, beforeColumn, afterColumn)) {
            Columns.wrapping(column);
        }
        auditTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Short values keep room enough to show whole at any text size; the long ones take the rest.
        ColumnWidths.atLeastEms(whenColumn, auditPageLabel, 7.5);
        ColumnWidths.atLeastEms(whoColumn, auditPageLabel, 7);
        ColumnWidths.atLeastEms(areaColumn, auditPageLabel, 6.5);
        ColumnWidths.atLeastEms(recordColumn, auditPageLabel, 6);
        for (TableColumn<AuditRow, String> column : List.of(whenColumn, whoColumn, areaColumn, recordColumn,
                whatColumn, fieldColumn, beforeColumn, afterColumn)) {
            column.setSortable(false);
        }
        auditTable.setItems(viewModel.rows());
        auditTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AuditRow row, boolean empty) {
                super.updateItem(row, empty);
                setAccessibleText(empty || row == null ? null : row.spoken());
            }
        });

        newerButton.disableProperty().bind(viewModel.canShowNewerProperty().not());
        olderButton.disableProperty().bind(viewModel.canShowOlderProperty().not());
        auditPageLabel.textProperty().bind(viewModel.pageTextProperty());
        auditPageLabel.accessibleTextProperty().bind(viewModel.pageTextProperty());
        auditStatusLabel.textProperty().bind(viewModel.statusProperty());
        auditStatusLabel.accessibleTextProperty().bind(viewModel.statusProperty());
        auditExportButton.textProperty().bind(viewModel.exportTextProperty());
    }

    /** Dates typed and shown the British way; a date that cannot be read is left as it was. */
    private static void ukDates(DatePicker picker) {
        picker.setPromptText("dd/mm/yyyy");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : SHOWN_DATE.format(date);
            }

            @Override
            public LocalDate fromString(String typed) {
                if (typed == null || typed.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(typed.strip(), TYPED_DATE);
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
    }

    @FXML
    private void show() {
        viewModel.show();
    }

    @FXML
    private void clearFilter() {
        viewModel.clearFilter();
    }

    @FXML
    private void showNewer() {
        viewModel.showNewer();
        auditTable.scrollTo(0);
    }

    @FXML
    private void showOlder() {
        viewModel.showOlder();
        auditTable.scrollTo(0);
    }

    @FXML
    private void export() {
        viewModel.export();
    }

    @FXML
    private void close() {
        Window window = auditTable.getScene().getWindow();
        window.hide();
    }
}
