package org.fourpi.toolkit.glossary;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;

import org.fourpi.toolkit.common.ui.Columns;
import org.fourpi.toolkit.common.ui.FieldErrors;
import org.fourpi.toolkit.common.ui.TextAreas;

/** Code-behind of the glossary section: binds the table, the form and the jargon check to the view model. */
public final class GlossaryView {

    private final GlossaryViewModel viewModel;

    @FXML private Label glossarySearchLabel;
    @FXML private TextField glossarySearchField;
    @FXML private Label shownLabel;
    @FXML private TableView<GlossaryTerm> termsTable;
    @FXML private TableColumn<GlossaryTerm, String> termColumn;
    @FXML private TableColumn<GlossaryTerm, String> explanationColumn;
    @FXML private Button editTermButton;
    @FXML private Button removeTermButton;
    @FXML private Button newTermButton;
    @FXML private Label termFormTitle;
    @FXML private Label termLabel;
    @FXML private TextField termField;
    @FXML private Label termError;
    @FXML private Label explanationLabel;
    @FXML private TextArea explanationField;
    @FXML private Label explanationError;
    @FXML private Button saveTermButton;
    @FXML private Label glossaryStatusLabel;
    @FXML private TextArea checkTextArea;
    @FXML private Button checkButton;
    @FXML private Label checkStatusLabel;
    @FXML private ListView<UnexplainedTerm> unexplainedList;
    @FXML private Button addFoundButton;

    public GlossaryView(GlossaryViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        glossarySearchLabel.setLabelFor(glossarySearchField);
        termLabel.setLabelFor(termField);
        explanationLabel.setLabelFor(explanationField);
        glossarySearchField.textProperty().bindBidirectional(viewModel.searchProperty());
        shownLabel.textProperty().bind(viewModel.shownTextProperty());

        termsTable.setItems(viewModel.shownTerms());
        Columns.text(termColumn, GlossaryTerm::term);
        Columns.text(explanationColumn, GlossaryTerm::explanation);
        wrap(explanationColumn);
        termColumn.prefWidthProperty().bind(termsTable.widthProperty().subtract(24).multiply(0.28));
        explanationColumn.prefWidthProperty().bind(termsTable.widthProperty().subtract(24).multiply(0.72));
        termsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        termsTable.setRowFactory(table -> {
            TableRow<GlossaryTerm> row = new TableRow<>();
            row.setStyle("-fx-cell-size: 0;");
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    editChosen();
                }
            });
            return row;
        });
        // Enter changes the chosen term; Delete removes it.
        termsTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                editChosen();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                removeChosen();
                event.consume();
            }
        });
        var noneChosen = termsTable.getSelectionModel().selectedItemProperty().isNull();
        editTermButton.disableProperty().bind(noneChosen.or(viewModel.busyProperty()));
        removeTermButton.disableProperty().bind(editTermButton.disableProperty());

        termFormTitle.textProperty().bind(viewModel.formTitleProperty());
        termField.textProperty().bindBidirectional(viewModel.value(GlossaryField.TERM));
        explanationField.textProperty().bindBidirectional(viewModel.value(GlossaryField.EXPLANATION));
        FieldErrors.show(termField, termError, viewModel.error(GlossaryField.TERM));
        FieldErrors.show(explanationField, explanationError, viewModel.error(GlossaryField.EXPLANATION));
        TextAreas.tabMovesOn(explanationField);
        saveTermButton.disableProperty().bind(viewModel.busyProperty());
        glossaryStatusLabel.textProperty().bind(viewModel.statusProperty());
        glossaryStatusLabel.accessibleTextProperty().bind(viewModel.statusProperty());
        viewModel.firstInvalidFieldProperty().addListener((obs, old, field) -> {
            if (field == GlossaryField.TERM) {
                termField.requestFocus();
            } else if (field == GlossaryField.EXPLANATION) {
                explanationField.requestFocus();
            }
        });

        checkTextArea.textProperty().bindBidirectional(viewModel.checkTextProperty());
        TextAreas.tabMovesOn(checkTextArea);
        checkStatusLabel.textProperty().bind(viewModel.checkStatusProperty());
        checkStatusLabel.accessibleTextProperty().bind(viewModel.checkStatusProperty());
        unexplainedList.setItems(viewModel.unexplained());
        unexplainedList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(UnexplainedTerm item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.unexplainedText(item));
            }
        });
        unexplainedList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                addFound();
                event.consume();
            }
        });
        addFoundButton.disableProperty().bind(Bindings.isEmpty(viewModel.unexplained()));
    }

    /** The column's text wraps onto more lines instead of being cut off; the row grows to fit. */
    private static void wrap(TableColumn<GlossaryTerm, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty ? null : item);
                setText(null);
                setAccessibleText(empty ? null : item);
                setGraphic(empty ? null : text);
            }
        });
    }

    @FXML
    private void editChosen() {
        GlossaryTerm chosen = termsTable.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            viewModel.edit(chosen);
            termField.requestFocus();
        }
    }

    @FXML
    private void removeChosen() {
        viewModel.remove(termsTable.getSelectionModel().getSelectedItem());
        termsTable.requestFocus();
    }

    @FXML
    private void newTerm() {
        viewModel.newTerm();
        termField.requestFocus();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void check() {
        viewModel.check();
        unexplainedList.getSelectionModel().selectFirst();
    }

    @FXML
    private void addFound() {
        UnexplainedTerm chosen = unexplainedList.getSelectionModel().getSelectedItem();
        if (chosen == null && !viewModel.unexplained().isEmpty()) {
            chosen = viewModel.unexplained().getFirst();
        }
        if (chosen != null) {
            viewModel.addToGlossary(chosen);
            explanationField.requestFocus();
        }
    }
}
