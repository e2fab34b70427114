package org.fourpi.toolkit.assessment;

import java.io.File;
import java.util.List;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.fourpi.toolkit.common.ui.Choices;
import org.fourpi.toolkit.common.ui.ColumnWidths;
import org.fourpi.toolkit.common.ui.Columns;
import org.fourpi.toolkit.common.ui.Messages;

/** Code-behind of the Response forms tab: binds the choosers, buttons, table and the files dropped or pasted. */
public final class ResponseFormsView {

    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    private final ResponseFormsViewModel viewModel;
    private final Messages messages;

    @FXML private ComboBox<ResponseFormsViewModel.AssessmentChoice> assessment;
    @FXML private Label emptyLabel;
    @FXML private ComboBox<Participant> person;
    @FXML private Button saveFormButton;
    @FXML private CheckBox largePrint;
    @FXML private Button savePaperButton;
    @FXML private Button saveAllButton;
    @FXML private VBox filledArea;
    @FXML private Button chooseFilledButton;
    @FXML private TableView<ResponseFormsViewModel.FormRow> formsTable;
    @FXML private TableColumn<ResponseFormsViewModel.FormRow, String> fileColumn;
    @FXML private TableColumn<ResponseFormsViewModel.FormRow, String> personColumn;
    @FXML private TableColumn<ResponseFormsViewModel.FormRow, String> answersColumn;
    @FXML private TableColumn<ResponseFormsViewModel.FormRow, String> statusColumn;
    @FXML private TextArea details;
    @FXML private Button saveAnswersButton;
    @FXML private Button clearButton;
    @FXML private ProgressBar progressBar;
    @FXML private Button stopButton;
    @FXML private Label messageLabel;

    public ResponseFormsView(ResponseFormsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        assessment.setItems(viewModel.assessmentChoices());
        Choices.showWith(assessment, converter(ResponseFormsViewModel.AssessmentChoice::label,
                "assessment.forms.assessment.none"));
        assessment.valueProperty().bindBidirectional(viewModel.assessmentProperty());
        emptyLabel.textProperty().bind(viewModel.emptyTextProperty());
        var noAssessments = viewModel.emptyTextProperty().isNotEmpty();
        emptyLabel.visibleProperty().bind(noAssessments);
        emptyLabel.managedProperty().bind(noAssessments);

        person.setItems(viewModel.participants());
        Choices.showWith(person, converter(Participant::name, "assessment.forms.person.none"));
        Choices.findByFirstLetter(person, Participant::name);
        person.valueProperty().bindBidirectional(viewModel.participantProperty());
        saveFormButton.disableProperty().bind(viewModel.canSaveFormProperty().not());
        savePaperButton.disableProperty().bind(viewModel.canSaveFormProperty().not());
        saveAllButton.disableProperty().bind(viewModel.canSaveAllProperty().not());
        largePrint.selectedProperty().bindBidirectional(viewModel.largePrintProperty());

        chooseFilledButton.disableProperty().bind(viewModel.canChooseFilledProperty().not());
        Columns.text(fileColumn, ResponseFormsViewModel.FormRow::file);
        Columns.text(personColumn, ResponseFormsViewModel.FormRow::person);
        Columns.text(answersColumn, ResponseFormsViewModel.FormRow::answers);
        Columns.text(statusColumn, ResponseFormsViewModel.FormRow::status);
        formsTable.setItems(viewModel.formRows());
        formsTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        ColumnWidths.inEms(fileColumn, messageLabel, 18);
        ColumnWidths.inEms(personColumn, messageLabel, 14);
        ColumnWidths.inEms(answersColumn, messageLabel, 6);
        ColumnWidths.inEms(statusColumn, messageLabel, 17);
        details.textProperty().bind(viewModel.detailsProperty());
        var hasDetails = viewModel.detailsProperty().isNotEmpty();
        details.visibleProperty().bind(hasDetails);
        details.managedProperty().bind(hasDetails);
        saveAnswersButton.disableProperty().bind(viewModel.canSaveAnswersProperty().not());
        clearButton.disableProperty().bind(hasDetails.not().or(viewModel.busyProperty()));

        // Files dragged from a folder, or copied there and pasted here, are read like chosen ones.
        filledArea.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && viewModel.canChooseFilledProperty().get()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        filledArea.setOnDragDropped(event -> {
            boolean read = event.getDragboard().hasFiles();
            if (read) {
                viewModel.readFilledForms(paths(event.getDragboard().getFiles()));
            }
            event.setDropCompleted(read);
            event.consume();
        });
        filledArea.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            Clipboard clipboard = Clipboard.getSystemClipboard();
            if (PASTE.match(event) && clipboard.hasFiles()) {
                viewModel.readFilledForms(paths(clipboard.getFiles()));
                event.consume();
            }
        });

        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressBar.visibleProperty().bind(viewModel.busyProperty());
        progressBar.managedProperty().bind(viewModel.busyProperty());
        stopButton.visibleProperty().bind(viewModel.stoppableProperty());
        stopButton.managedProperty().bind(viewModel.stoppableProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.accessibleTextProperty().bind(viewModel.messageProperty());
    }

    private static List<java.nio.file.Path> paths(List<File> files) {
        return files.stream().map(File::toPath).toList();
    }

    private <T> StringConverter<T> converter(java.util.function.Function<T, String> name, String noneKey) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? messages.text(noneKey) : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    @FXML
    private void saveForm() {
        viewModel.saveForm();
    }

    @FXML
    private void savePaper() {
        viewModel.savePaperForm();
    }

    @FXML
    private void saveAll() {
        viewModel.saveFormsForEveryone();
    }

    @FXML
    private void chooseFilled() {
        viewModel.chooseFilledForms();
    }

    @FXML
    private void saveAnswers() {
        // The button is about to be disabled; keep the keyboard where the forms are.
        formsTable.requestFocus();
        viewModel.saveAnswers();
    }

    @FXML
    private void clear() {
        formsTable.requestFocus();
        viewModel.clearPreview();
    }

    @FXML
    private void stop() {
        viewModel.stop();
    }
}
