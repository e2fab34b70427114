package org.fourpi.toolkit.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.fourpi.toolkit.common.text.Labelled;
import org.fourpi.toolkit.common.ui.Columns;
import org.fourpi.toolkit.common.ui.Choices;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.FieldErrors;
import org.fourpi.toolkit.common.ui.TextAreas;

/** Code-behind of a person's record: binds every tab to its view model, nothing more. */
public final class PersonEditorView {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Day/month/year as people type it; 31/02 is refused rather than quietly changed. */
    private static final DateTimeFormatter TYPED_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final PersonEditorViewModel viewModel;
    private final Messages messages;
    private final Map<PersonField, Node> inputs = new EnumMap<>(PersonField.class);
    private final Parent paymentsContent;
    private final Parent privacyContent;

    @FXML private Label titleLabel;
    @FXML private TabPane tabs;
    @FXML private Tab detailsTab;
    @FXML private Tab needsTab;
    @FXML private Tab involvementTab;
    @FXML private Tab consentTab;
    @FXML private Tab equalityTab;
    @FXML private TextField firstName;
    @FXML private Label firstNameError;
    @FXML private TextField lastName;
    @FXML private Label lastNameError;
    @FXML private TextField knownAs;
    @FXML private Label knownAsError;
    @FXML private ComboBox<Perspective> perspective;
    @FXML private FlowPane roles;
    @FXML private TextField otherRole;
    @FXML private Label otherRoleError;
    @FXML private FlowPane levels;
    @FXML private TextField email;
    @FXML private Label emailError;
    @FXML private TextField phone;
    @FXML private Label phoneError;
    @FXML private TextArea address;
    @FXML private Label addressError;
    @FXML private TextField postcode;
    @FXML private Label postcodeError;
    @FXML private ComboBox<ContactMethod> preferredContact;
    @FXML private CheckBox listedInPacks;
    @FXML private DatePicker dateOfBirth;
    @FXML private Label dateOfBirthError;
    @FXML private FlowPane needs;
    @FXML private TextField preferredTimes;
    @FXML private Label preferredTimesError;
    @FXML private TextArea otherNeeds;
    @FXML private Label otherNeedsError;
    @FXML private Label currentStatusLabel;
    @FXML private ComboBox<InvolvementStatus> newStatus;
    @FXML private DatePicker statusDate;
    @FXML private TextField statusNote;
    @FXML private TableView<StatusChange> historyTable;
    @FXML private TableColumn<StatusChange, String> historyDateColumn;
    @FXML private TableColumn<StatusChange, String> historyStatusColumn;
    @FXML private TableColumn<StatusChange, String> historyNoteColumn;
    @FXML private TableView<PersonDocument> documentTable;
    @FXML private TableColumn<PersonDocument, String> documentTitleColumn;
    @FXML private TableColumn<PersonDocument, String> documentFileColumn;
    @FXML private TableColumn<PersonDocument, String> documentAddedColumn;
    @FXML private Button openDocumentButton;
    @FXML private TableView<Consent> consentTable;
    @FXML private TableColumn<Consent, String> consentPurposeColumn;
    @FXML private TableColumn<Consent, String> consentGivenColumn;
    @FXML private TableColumn<Consent, String> consentMethodColumn;
    @FXML private TableColumn<Consent, String> consentWordingColumn;
    @FXML private TableColumn<Consent, String> consentWithdrawnColumn;
    @FXML private Button withdrawButton;
    @FXML private ComboBox<ConsentPurpose> consentPurpose;
    @FXML private DatePicker consentDate;
    @FXML private ComboBox<ConsentMethod> consentMethod;
    @FXML private TextField consentWording;
    @FXML private Label objectedLabel;
    @FXML private VBox equalityQuestions;
    @FXML private ComboBox<AgeBand> ageBand;
    @FXML private ComboBox<Ethnicity> ethnicity;
    @FXML private ComboBox<Sex> sex;
    @FXML private ComboBox<Answer> genderSameAsBirth;
    @FXML private ComboBox<Answer> disability;
    @FXML private ComboBox<SexualOrientation> sexualOrientation;
    @FXML private ComboBox<Religion> religion;
    @FXML private ComboBox<Answer> unpaidCarer;
    @FXML private Button saveEqualityButton;
    @FXML private Button objectButton;
    @FXML private Label equalityMessage;
    @FXML private Label notSavedYetLabel;
    @FXML private Label duplicateLabel;
    @FXML private Button saveButton;
    @FXML private Label detailsStatusLabel;
    @FXML private Label recordMessage;

    public PersonEditorView(PersonEditorViewModel viewModel, Messages messages) {
        this(viewModel, messages, null);
    }

    /**
     * @param paymentsContent the content of a "Payments" tab, built by the payments feature; null for none
     */
    public PersonEditorView(PersonEditorViewModel viewModel, Messages messages, Parent paymentsContent) {
        this(viewModel, messages, paymentsContent, null);
    }

    /**
     * @param paymentsContent the content of a "Payments" tab, built by the payments feature; null for none
     * @param privacyContent  the content of a "Data held" tab (subject access and erasure); null for none
     */
    public PersonEditorView(PersonEditorViewModel viewModel, Messages messages, Parent paymentsContent,
                            Parent privacyContent) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.paymentsContent = paymentsContent;
        this.privacyContent = privacyContent;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(viewModel.titleProperty());
        var notSaved = viewModel.savedProperty().not();
        involvementTab.disableProperty().bind(notSaved);
        consentTab.disableProperty().bind(notSaved);
        equalityTab.disableProperty().bind(notSaved);
        if (paymentsContent != null) {
            Tab paymentsTab = new Tab(messages.text("people.editor.tab.payments"), paymentsContent);
            paymentsTab.setId("paymentsTab");
            paymentsTab.disableProperty().bind(notSaved);
            tabs.getTabs().add(paymentsTab);
        }
        if (privacyContent != null) {
            Tab privacyTab = new Tab(messages.text("privacy.tab"), privacyContent);
            privacyTab.setId("privacyTab");
            privacyTab.disableProperty().bind(notSaved);
            tabs.getTabs().add(privacyTab);
        }
        notSavedYetLabel.visibleProperty().bind(notSaved);
        notSavedYetLabel.managedProperty().bind(notSaved);
        // A newly chosen tab starts at the top, with the keyboard on the tab strip; otherwise the focus
        // would fall to the Save button at the bottom and the page would scroll past a short tab.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (tabs.getScene() != null) {
                tabs.requestFocus();
            }
            for (Node n = tabs.getParent(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane scroller) {
                    scroller.setVvalue(0);
                    break;
                }
            }
        });
        // Enter saves the details only on the tabs whose fields the Save button saves.
        saveButton.defaultButtonProperty().bind(Bindings.createBooleanBinding(() -> {
            Tab selected = tabs.getSelectionModel().getSelectedItem();
            return selected == detailsTab || selected == needsTab;
        }, tabs.getSelectionModel().selectedItemProperty()));
        bindDetails(viewModel.details());
        bindRecord(viewModel.record());
        bindEquality(viewModel.equality());
    }

    private void bindDetails(PersonDetailsViewModel details) {
        text(details, PersonField.FIRST_NAME, firstName, firstNameError);
        text(details, PersonField.LAST_NAME, lastName, lastNameError);
        text(details, PersonField.KNOWN_AS, knownAs, knownAsError);
        text(details, PersonField.OTHER_ROLE, otherRole, otherRoleError);
        text(details, PersonField.EMAIL, email, emailError);
        text(details, PersonField.PHONE, phone, phoneError);
        text(details, PersonField.ADDRESS, address, addressError);
        text(details, PersonField.POSTCODE, postcode, postcodeError);
        text(details, PersonField.PREFERRED_TIMES, preferredTimes, preferredTimesError);
        text(details, PersonField.OTHER_NEEDS, otherNeeds, otherNeedsError);
        TextAreas.tabMovesOn(address);
        TextAreas.tabMovesOn(otherNeeds);

        ukDates(dateOfBirth);
        dateOfBirth.valueProperty().bindBidirectional(details.dateOfBirthProperty());
        dateOfBirth.getEditor().textProperty().addListener((obs, old, text) ->
                details.dateOfBirthTypedProperty().set(readable(text)));
        inputs.put(PersonField.DATE_OF_BIRTH, dateOfBirth);
        error(details, PersonField.DATE_OF_BIRTH, dateOfBirth, dateOfBirthError);

        Choices.setUp(perspective, List.of(Perspective.values()), messages, null);
        perspective.valueProperty().bindBidirectional(details.perspectiveProperty());
        Choices.setUp(preferredContact, List.of(ContactMethod.values()), messages,
                messages.text("people.form.noPreference"));
        preferredContact.valueProperty().bindBidirectional(details.preferredContactProperty());
        listedInPacks.selectedProperty().bindBidirectional(details.listedInPacksProperty());
        checkBoxes(roles, List.of(Role.values()), details::roleProperty);
        checkBoxes(levels, List.of(InvolvementLevel.values()), details::levelProperty);
        checkBoxes(needs, List.of(AccessNeed.values()), details::needProperty);

        duplicateLabel.textProperty().bind(details.duplicateWarningProperty());
        var duplicate = details.duplicateWarningProperty().isNotEmpty();
        duplicateLabel.visibleProperty().bind(duplicate);
        duplicateLabel.managedProperty().bind(duplicate);
        saveButton.textProperty().bind(Bindings.when(duplicate)
                .then(messages.text("people.form.saveAnyway")).otherwise(messages.text("people.form.save")));
        detailsStatusLabel.textProperty().bind(details.statusProperty());
        detailsStatusLabel.accessibleTextProperty().bind(details.statusProperty());
        details.firstInvalidFieldProperty().addListener((obs, old, field) -> {
            if (field != null) {
                inputs.get(field).requestFocus();
            }
        });
    }

    private void bindRecord(PersonRecordViewModel record) {
        currentStatusLabel.textProperty().bind(Bindings.createStringBinding(() -> record.currentStatusProperty()
                        .get() == null ? "" : messages.text("people.record.status.current",
                        messages.text(record.currentStatusProperty().get().labelKey())),
                record.currentStatusProperty()));
        Choices.setUp(newStatus, List.of(InvolvementStatus.values()), messages, null);
        newStatus.valueProperty().bindBidirectional(record.newStatusProperty());
        ukDates(statusDate);
        statusDate.valueProperty().bindBidirectional(record.statusDateProperty());
        statusNote.textProperty().bindBidirectional(record.statusNoteProperty());

        historyTable.setItems(record.history());
        Columns.text(historyDateColumn, c -> UK_DATE.format(c.effectiveOn()));
        Columns.text(historyStatusColumn, c -> messages.text(c.status().labelKey()));
        Columns.text(historyNoteColumn, StatusChange::note);

        documentTable.setItems(record.documents());
        Columns.text(documentTitleColumn, PersonDocument::title);
        Columns.text(documentFileColumn, PersonDocument::fileName);
        Columns.text(documentAddedColumn, d -> UK_DATE.format(d.addedAt()));
        openDocumentButton.disableProperty().bind(documentTable.getSelectionModel().selectedItemProperty().isNull());

        consentTable.setItems(record.consents());
        Columns.text(consentPurposeColumn, c -> messages.text(c.purpose().labelKey()));
        Columns.text(consentGivenColumn, c -> UK_DATE.format(c.givenOn()));
        Columns.text(consentMethodColumn, c -> messages.text(c.method().labelKey()));
        Columns.text(consentWordingColumn, Consent::wordingVersion);
        Columns.text(consentWithdrawnColumn, c -> c.withdrawnOn() == null
                ? messages.text("people.record.consent.active") : UK_DATE.format(c.withdrawnOn()));
        withdrawButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Consent selected = consentTable.getSelectionModel().getSelectedItem();
            return selected == null || !selected.isActive();
        }, consentTable.getSelectionModel().selectedItemProperty()));
        Choices.setUp(consentPurpose, List.of(ConsentPurpose.values()), messages, null);
        consentPurpose.valueProperty().bindBidirectional(record.consentPurposeProperty());
        Choices.setUp(consentMethod, List.of(ConsentMethod.values()), messages, null);
        consentMethod.valueProperty().bindBidirectional(record.consentMethodProperty());
        ukDates(consentDate);
        consentDate.valueProperty().bindBidirectional(record.consentDateProperty());
        consentWording.textProperty().bindBidirectional(record.consentWordingProperty());

        recordMessage.textProperty().bind(record.messageProperty());
        recordMessage.accessibleTextProperty().bind(record.messageProperty());
    }

    private void bindEquality(PersonEqualityViewModel equality) {
        String notAnswered = messages.text("people.equality.notAnswered");
        Choices.setUp(ageBand, List.of(AgeBand.values()), messages, notAnswered);
        ageBand.valueProperty().bindBidirectional(equality.ageBandProperty());
        Choices.setUp(ethnicity, List.of(Ethnicity.values()), messages, notAnswered);
        ethnicity.valueProperty().bindBidirectional(equality.ethnicityProperty());
        Choices.setUp(sex, List.of(Sex.values()), messages, notAnswered);
        sex.valueProperty().bindBidirectional(equality.sexProperty());
        Choices.setUp(genderSameAsBirth, List.of(Answer.values()), messages, notAnswered);
        genderSameAsBirth.valueProperty().bindBidirectional(equality.genderSameAsBirthProperty());
        Choices.setUp(disability, List.of(Answer.values()), messages, notAnswered);
        disability.valueProperty().bindBidirectional(equality.disabilityProperty());
        Choices.setUp(sexualOrientation, List.of(SexualOrientation.values()), messages, notAnswered);
        sexualOrientation.valueProperty().bindBidirectional(equality.sexualOrientationProperty());
        Choices.setUp(religion, List.of(Religion.values()), messages, notAnswered);
        religion.valueProperty().bindBidirectional(equality.religionProperty());
        Choices.setUp(unpaidCarer, List.of(Answer.values()), messages, notAnswered);
        unpaidCarer.valueProperty().bindBidirectional(equality.unpaidCarerProperty());

        var objected = equality.objectedProperty();
        objectedLabel.visibleProperty().bind(objected);
        objectedLabel.managedProperty().bind(objected);
        equalityQuestions.disableProperty().bind(objected);
        saveEqualityButton.disableProperty().bind(objected);
        objectButton.disableProperty().bind(objected);
        equalityMessage.textProperty().bind(equality.messageProperty());
        equalityMessage.accessibleTextProperty().bind(equality.messageProperty());
    }

    private void text(PersonDetailsViewModel details, PersonField field, TextInputControl input, Label errorLabel) {
        input.textProperty().bindBidirectional(details.textProperty(field));
        inputs.put(field, input);
        error(details, field, input, errorLabel);
    }

    private static void error(PersonDetailsViewModel details, PersonField field, Node input, Label errorLabel) {
        FieldErrors.show(input, errorLabel, details.errorProperty(field));
    }

    private <E extends Labelled> void checkBoxes(FlowPane pane, List<E> values, Function<E, BooleanProperty> flag) {
        for (E value : values) {
            CheckBox box = new CheckBox(messages.text(value.labelKey()));
            box.setAccessibleText(messages.text(value.labelKey()));
            box.selectedProperty().bindBidirectional(flag.apply(value));
            pane.getChildren().add(box);
        }
    }

    private static boolean readable(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        try {
            LocalDate.parse(text.strip(), TYPED_DATE);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** Dates typed and shown the British way; a date that cannot be read is left as it was. */
    private static void ukDates(DatePicker picker) {
        picker.setPromptText("dd/mm/yyyy");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : UK_DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), TYPED_DATE);
                } catch (java.time.format.DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void save() {
        viewModel.details().save();
    }

    @FXML
    private void changeStatus() {
        viewModel.record().changeStatus();
    }

    @FXML
    private void changeStatusFromNote(ActionEvent event) {
        event.consume();
        viewModel.record().changeStatus();
    }

    @FXML
    private void recordConsentFromWording(ActionEvent event) {
        event.consume();
        viewModel.record().recordConsent();
    }

    @FXML
    private void addDocument() {
        viewModel.record().addDocument();
    }

    @FXML
    private void openDocument() {
        viewModel.record().openDocument(documentTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void withdraw() {
        viewModel.record().withdraw(consentTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void recordConsent() {
        viewModel.record().recordConsent();
    }

    @FXML
    private void saveEquality() {
        viewModel.equality().save();
    }

    @FXML
    private void recordObjection() {
        viewModel.equality().recordObjection();
    }
}
