package org.fourpi.toolkit.assessment;

import java.util.Arrays;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.fourpi.toolkit.assessment.WizardStartViewModel.ParticipantRow;
import org.fourpi.toolkit.common.ui.Choices;
import org.fourpi.toolkit.common.ui.FieldErrors;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.Perspective;

/** Code-behind of the wizard's start step: binds the form to its view model; read-only once completed. */
public final class WizardStartStepView {

    private final WizardStartViewModel viewModel;
    private final Messages messages;
    private final ObservableBooleanValue readOnly;

    @FXML private VBox startForm;
    @FXML private TextField startTitle;
    @FXML private Label titleError;
    @FXML private TextField startDate;
    @FXML private Label dateError;
    @FXML private VBox levelBoxes;
    @FXML private Label scopeError;
    @FXML private TextField startFacilitator;
    @FXML private Label facilitatorError;
    @FXML private ListView<ParticipantRow> participantList;
    @FXML private Button removeParticipantButton;
    @FXML private Label participantsError;
    @FXML private ComboBox<WizardPerson> registerPerson;
    @FXML private Button addPersonButton;
    @FXML private TextField typedName;
    @FXML private ComboBox<Perspective> typedPerspective;
    @FXML private Button addTypedButton;
    @FXML private ToggleGroup modeGroup;
    @FXML private RadioButton modeGroupRadio;
    @FXML private RadioButton modeEachRadio;

    public WizardStartStepView(WizardStartViewModel viewModel, Messages messages, ObservableBooleanValue readOnly) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.readOnly = readOnly;
    }

    @FXML
    private void initialize() {
        startTitle.textProperty().bindBidirectional(viewModel.titleProperty());
        startDate.textProperty().bindBidirectional(viewModel.dateProperty());
        startFacilitator.textProperty().bindBidirectional(viewModel.facilitatorProperty());
        FieldErrors.show(startTitle, titleError, viewModel.error(AssessmentField.TITLE));
        FieldErrors.show(startDate, dateError, viewModel.error(AssessmentField.HELD_ON));
        FieldErrors.show(startFacilitator, facilitatorError, viewModel.error(AssessmentField.FACILITATOR));
        FieldErrors.show(participantList, participantsError, viewModel.error(AssessmentField.PARTICIPANTS));
        FieldErrors.show(levelBoxes, scopeError, viewModel.error(AssessmentField.SCOPE));
        for (InvolvementLevel level : InvolvementLevel.values()) {
            CheckBox box = new CheckBox(messages.text(level.labelKey()));
            box.setId("level" + level.name());
            box.setWrapText(true);
            box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            box.selectedProperty().bindBidirectional(viewModel.levelProperty(level));
            box.accessibleHelpProperty().bind(viewModel.error(AssessmentField.SCOPE));
            levelBoxes.getChildren().add(box);
        }
        participantList.setItems(viewModel.participants());
        participantList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ParticipantRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.shown(item));
            }
        });
        participantList.setPlaceholder(new Label(messages.text("assessment.wizard.start.nobody")));
        removeParticipantButton.disableProperty().bind(
                participantList.getSelectionModel().selectedItemProperty().isNull());
        registerPerson.setItems(viewModel.people());
        registerPerson.valueProperty().bindBidirectional(viewModel.chosenPersonProperty());
        Choices.showWith(registerPerson, new StringConverter<>() {
            @Override
            public String toString(WizardPerson person) {
                return person == null ? "" : messages.text("assessment.wizard.start.participant", person.name(),
                        messages.text(person.perspective().labelKey()));
            }

            @Override
            public WizardPerson fromString(String text) {
                return null;
            }
        });
        Choices.findByFirstLetter(registerPerson, WizardPerson::name);
        typedName.textProperty().bindBidirectional(viewModel.typedNameProperty());
        Choices.setUp(typedPerspective, Arrays.asList(Perspective.values()), messages, null);
        typedPerspective.valueProperty().bindBidirectional(viewModel.typedPerspectiveProperty());
        modeGroupRadio.setUserData(AssessmentMode.GROUP);
        modeEachRadio.setUserData(AssessmentMode.EACH_THEN_GROUP);
        showMode(viewModel.modeProperty().get());
        viewModel.modeProperty().addListener((obs, old, mode) -> showMode(mode));
        modeGroup.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                viewModel.modeProperty().set((AssessmentMode) toggle.getUserData());
            }
        });
        startForm.disableProperty().bind(readOnly);
    }

    private void showMode(AssessmentMode mode) {
        (mode == AssessmentMode.EACH_THEN_GROUP ? modeEachRadio : modeGroupRadio).setSelected(true);
    }

    @FXML
    private void removeParticipant() {
        viewModel.remove(participantList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void addPerson() {
        viewModel.addChosenPerson();
        registerPerson.requestFocus();
    }

    @FXML
    private void addTyped() {
        viewModel.addTypedPerson();
        typedName.requestFocus();
    }
}
