package org.fourpi.toolkit.people;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.collections.FXCollections;
import javafx.util.StringConverter;

import org.fourpi.toolkit.common.ui.Columns;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.people.PeopleImportViewModel.ColumnChoice;
import org.fourpi.toolkit.people.PeopleImportViewModel.PreviewRow;

/** Code-behind of the spreadsheet import: binds the steps, tables and progress to the view model. */
public final class PeopleImportView {

    private final PeopleImportViewModel viewModel;
    private final Messages messages;

    @FXML private Label fileLabel;
    @FXML private HBox progressBox;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private VBox fileParts;
    @FXML private TableView<ColumnChoice> columnTable;
    @FXML private TableColumn<ColumnChoice, String> headingColumn;
    @FXML private TableColumn<ColumnChoice, String> exampleColumn;
    @FXML private TableColumn<ColumnChoice, PeopleImportColumn> targetColumn;
    @FXML private Label summaryLabel;
    @FXML private TableView<PreviewRow> previewTable;
    @FXML private TableColumn<PreviewRow, String> rowColumn;
    @FXML private TableColumn<PreviewRow, String> outcomeColumn;
    @FXML private TableColumn<PreviewRow, String> nameColumn;
    @FXML private TableColumn<PreviewRow, String> detailsColumn;
    @FXML private Label problemsTitle;
    @FXML private TextArea problemsText;
    @FXML private CheckBox skipErrors;
    @FXML private Button importButton;
    @FXML private Label messageLabel;
    @FXML private Label lastImportLabel;
    @FXML private Button undoButton;

    public PeopleImportView(PeopleImportViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        fileLabel.textProperty().bind(viewModel.fileNameProperty());
        var working = viewModel.workingProperty();
        progressBox.visibleProperty().bind(working);
        progressBox.managedProperty().bind(working);
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressLabel.textProperty().bind(viewModel.progressTextProperty());
        fileParts.visibleProperty().bind(viewModel.hasFileProperty());
        fileParts.managedProperty().bind(viewModel.hasFileProperty());

        columnTable.setItems(viewModel.columns());
        Columns.text(headingColumn, ColumnChoice::heading);
        Columns.text(exampleColumn, ColumnChoice::example);
        targetColumn.setCellValueFactory(cell -> cell.getValue().targetProperty());
        var targets = FXCollections.<PeopleImportColumn>observableArrayList();
        targets.add(null);
        targets.addAll(viewModel.targets());
        targetColumn.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(PeopleImportColumn target) {
                return target == null ? messages.text("import.ui.columns.leaveOut") : messages.text(target.labelKey());
            }

            @Override
            public PeopleImportColumn fromString(String text) {
                return null;
            }
        }, targets));
        columnTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        summaryLabel.accessibleTextProperty().bind(viewModel.summaryProperty());
        previewTable.setItems(viewModel.previewRows());
        Columns.text(rowColumn, r -> Integer.toString(r.number()));
        Columns.text(outcomeColumn, PreviewRow::outcome);
        Columns.text(nameColumn, PreviewRow::name);
        Columns.text(detailsColumn, PreviewRow::details);
        previewTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        var hasProblems = viewModel.problemsProperty().isNotEmpty();
        problemsText.textProperty().bind(viewModel.problemsProperty());
        problemsText.visibleProperty().bind(hasProblems);
        problemsText.managedProperty().bind(hasProblems);
        problemsTitle.visibleProperty().bind(hasProblems);
        problemsTitle.managedProperty().bind(hasProblems);
        skipErrors.visibleProperty().bind(hasProblems);
        skipErrors.managedProperty().bind(hasProblems);
        skipErrors.selectedProperty().bindBidirectional(viewModel.skipRowsInErrorProperty());
        importButton.disableProperty().bind(viewModel.canImportProperty().not());

        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.accessibleTextProperty().bind(viewModel.messageProperty());
        lastImportLabel.textProperty().bind(viewModel.lastImportProperty());
        undoButton.disableProperty().bind(viewModel.canUndoProperty().not());
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void chooseFile() {
        viewModel.chooseFile();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void importNow() {
        viewModel.importNow();
    }

    @FXML
    private void undo() {
        viewModel.undoLastImport();
    }
}
