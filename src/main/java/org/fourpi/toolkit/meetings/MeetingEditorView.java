package org.fourpi.toolkit.meetings;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.fourpi.toolkit.common.ui.Choices;
import org.fourpi.toolkit.common.ui.ColumnWidths;
import org.fourpi.toolkit.common.ui.Columns;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.ScrollIntoView;
import org.fourpi.toolkit.common.ui.Styles;
import org.fourpi.toolkit.common.ui.TextAreas;
import org.fourpi.toolkit.meetings.MeetingEditorViewModel.InvitationRow;
import org.fourpi.toolkit.payments.PersonChoice;
import org.fourpi.toolkit.people.InvolvementLevel;

/** Code-behind of one meeting: binds its details, invitations, agenda and checks to the view model. */
public final class MeetingEditorView {

    private final MeetingEditorViewModel viewModel;
    private final Messages messages;
    private final java.util.Set<AgendaRow> watched =
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
    private String focusAfterRebuild;

    @FXML private ScrollPane meetingScroll;
    @FXML private VBox meetingContent;
    @FXML private Label meetingHeading;
    @FXML private HBox packActions;
    @FXML private Label meetingMessage;
    @FXML private TextField meetingTitle;
    @FXML private ComboBox<MeetingKind> meetingKind;
    @FXML private ComboBox<InvolvementLevel> meetingLevel;
    @FXML private TextField meetingDate;
    @FXML private TextField meetingStarts;
    @FXML private TextField meetingEnds;
    @FXML private TextField venueName;
    @FXML private TextArea venueAddress;
    @FXML private TextField onlineLink;
    @FXML private CheckBox stepFreeBox;
    @FXML private CheckBox hearingLoopBox;
    @FXML private CheckBox toiletBox;
    @FXML private CheckBox quietRoomBox;
    @FXML private TextArea meetingPurpose;
    @FXML private TextField supportContact;
    @FXML private TextField papersDue;
    @FXML private Label papersDueHint;
    @FXML private TextArea meetingNotes;
    @FXML private Label meetingProblems;
    @FXML private Label checksSummary;
    @FXML private VBox checksList;
    @FXML private VBox invitationsSection;
    @FXML private Label saveFirstHint;
    @FXML private ComboBox<PersonChoice> inviteePerson;
    @FXML private ComboBox<InvitationRole> inviteRole;
    @FXML private TableView<InvitationRow> invitedTable;
    @FXML private TableColumn<InvitationRow, String> nameColumn;
    @FXML private TableColumn<InvitationRow, String> roleColumn;
    @FXML private TableColumn<InvitationRow, String> livedColumn;
    @FXML private TableColumn<InvitationRow, String> needsColumn;
    @FXML private TableColumn<InvitationRow, String> otherNeedsColumn;
    @FXML private TableColumn<InvitationRow, String> travelColumn;
    @FXML private TableColumn<InvitationRow, String> packColumn;
    @FXML private TableColumn<InvitationRow, String> attendanceColumn;
    @FXML private ComboBox<InvitationRole> newRole;
    @FXML private CheckBox travelNeededBox;
    @FXML private CheckBox travelBookedBox;
    @FXML private TextField travelDescription;
    @FXML private TextField travelCost;
    @FXML private TextField packSentOn;
    @FXML private ComboBox<PackSentBy> packSentBy;
    @FXML private ComboBox<Attendance> attendanceChoice;
    @FXML private VBox agendaSection;
    @FXML private VBox agendaItems;
    @FXML private VBox afterSection;

    public MeetingEditorView(MeetingEditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    /** Where the meeting pack's buttons go. */
    public HBox packActions() {
        return packActions;
    }

    @FXML
    private void initialize() {
        meetingHeading.textProperty().bind(viewModel.headingProperty());
        showMessage(meetingMessage, viewModel.messageProperty());
        showMessage(meetingProblems, viewModel.problemsProperty());

        meetingTitle.textProperty().bindBidirectional(viewModel.titleProperty());
        Choices.setUp(meetingKind, List.of(MeetingKind.values()), messages, null);
        meetingKind.valueProperty().bindBidirectional(viewModel.kindProperty());
        Choices.setUp(meetingLevel, List.of(InvolvementLevel.values()), messages, messages.text("meetings.field.level.none"));
        meetingLevel.valueProperty().bindBidirectional(viewModel.levelProperty());
        meetingDate.textProperty().bindBidirectional(viewModel.dateProperty());
        meetingStarts.textProperty().bindBidirectional(viewModel.startsAtProperty());
        meetingEnds.textProperty().bindBidirectional(viewModel.endsAtProperty());
        venueName.textProperty().bindBidirectional(viewModel.venueNameProperty());
        venueAddress.textProperty().bindBidirectional(viewModel.addressProperty());
        onlineLink.textProperty().bindBidirectional(viewModel.onlineLinkProperty());
        stepFreeBox.selectedProperty().bindBidirectional(viewModel.stepFreeProperty());
        hearingLoopBox.selectedProperty().bindBidirectional(viewModel.hearingLoopProperty());
        toiletBox.selectedProperty().bindBidirectional(viewModel.accessibleToiletProperty());
        quietRoomBox.selectedProperty().bindBidirectional(viewModel.quietRoomProperty());
        meetingPurpose.textProperty().bindBidirectional(viewModel.purposeProperty());
        TextAreas.tabMovesOn(meetingPurpose);
        TextAreas.tabMovesOn(venueAddress);
        supportContact.textProperty().bindBidirectional(viewModel.supportContactProperty());
        papersDue.textProperty().bindBidirectional(viewModel.papersDueProperty());
        papersDueHint.textProperty().bind(viewModel.papersDueHintProperty());
        papersDue.accessibleHelpProperty().bind(viewModel.papersDueHintProperty());
        meetingNotes.textProperty().bindBidirectional(viewModel.notesProperty());
        TextAreas.tabMovesOn(meetingNotes);

        checksSummary.textProperty().bind(viewModel.checksSummaryProperty());
        checksSummary.accessibleTextProperty().bind(viewModel.checksSummaryProperty());
        viewModel.checks().addListener((ListChangeListener<String>) c -> showChecks());

        var notSaved = viewModel.savedBinding().not();
        invitationsSection.disableProperty().bind(notSaved);
        agendaSection.disableProperty().bind(notSaved);
        afterSection.disableProperty().bind(notSaved);
        saveFirstHint.visibleProperty().bind(notSaved);
        saveFirstHint.managedProperty().bind(notSaved);

        inviteePerson.setItems(viewModel.personChoices());
        inviteePerson.valueProperty().bindBidirectional(viewModel.inviteeProperty());
        String choosePerson = messages.text("meetings.invite.person.prompt");
        Choices.showWith(inviteePerson, new javafx.util.StringConverter<>() {
            @Override
            public String toString(PersonChoice person) {
                return person == null ? choosePerson : person.name();
            }

            @Override
            public PersonChoice fromString(String text) {
                return null;
            }
        });
        // The chosen person, or what to do when nobody is chosen yet (the list itself shows only names).
        inviteePerson.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(PersonChoice person, boolean empty) {
                super.updateItem(person, empty);
                setText(person == null ? choosePerson : person.name());
            }
        });
        Choices.findByFirstLetter(inviteePerson, PersonChoice::name);
        Choices.setUp(inviteRole, List.of(InvitationRole.values()), messages, null);
        inviteRole.valueProperty().bindBidirectional(viewModel.inviteRoleProperty());
        Choices.setUp(newRole, List.of(InvitationRole.values()), messages, null);
        newRole.valueProperty().bindBidirectional(viewModel.newRoleProperty());
        travelNeededBox.selectedProperty().bindBidirectional(viewModel.travelNeededProperty());
        travelBookedBox.selectedProperty().bindBidirectional(viewModel.travelBookedProperty());
        travelDescription.textProperty().bindBidirectional(viewModel.travelDescriptionProperty());
        travelCost.textProperty().bindBidirectional(viewModel.travelCostProperty());
        packSentOn.textProperty().bindBidirectional(viewModel.packSentOnProperty());
        Choices.setUp(packSentBy, List.of(PackSentBy.values()), messages, null);
        packSentBy.valueProperty().bindBidirectional(viewModel.packSentByProperty());
        Choices.setUp(attendanceChoice, List.of(Attendance.values()), messages,
                messages.text("meetings.attendance.clear"));
        attendanceChoice.valueProperty().bindBidirectional(viewModel.attendanceProperty());

        Columns.text(nameColumn, InvitationRow::name);
        Columns.text(roleColumn, InvitationRow::role);
        Columns.text(livedColumn, InvitationRow::livedExperience);
        Columns.text(needsColumn, InvitationRow::needs);
        Columns.text(otherNeedsColumn, InvitationRow::otherNeeds);
        Columns.text(travelColumn, InvitationRow::travel);
        Columns.text(packColumn, InvitationRow::pack);
        Columns.text(attendanceColumn, InvitationRow::attendance);
        List<TableColumn<InvitationRow, String>> columns = List.of(nameColumn, roleColumn, livedColumn, needsColumn,
                otherNeedsColumn, travelColumn, packColumn, attendanceColumn);
        columns.forEach(column -> {
            column.setSortable(false);
            Columns.wrapping(column);
        });
        ColumnWidths.atLeastEms(nameColumn, meetingMessage, 9.0);
        ColumnWidths.atLeastEms(roleColumn, meetingMessage, 6.0);
        ColumnWidths.atLeastEms(livedColumn, meetingMessage, 14.0);
        ColumnWidths.atLeastEms(needsColumn, meetingMessage, 10.0);
        ColumnWidths.atLeastEms(otherNeedsColumn, meetingMessage, 9.0);
        ColumnWidths.atLeastEms(travelColumn, meetingMessage, 9.0);
        ColumnWidths.atLeastEms(packColumn, meetingMessage, 9.0);
        ColumnWidths.atLeastEms(attendanceColumn, meetingMessage, 8.0);
        invitedTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        invitedTable.setItems(viewModel.invitations());
        invitedTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        invitedTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<InvitationRow>) c ->
                viewModel.chosen().setAll(invitedTable.getSelectionModel().getSelectedItems().stream()
                        .filter(java.util.Objects::nonNull).map(InvitationRow::personId).toList()));
        viewModel.invitations().addListener((ListChangeListener<InvitationRow>) c -> reselect());
        invitedTable.focusedProperty().addListener((obs, was, is) -> {
            if (is && invitedTable.getSelectionModel().isEmpty() && !invitedTable.getItems().isEmpty()) {
                invitedTable.getSelectionModel().selectFirst();
            }
        });

        // When the page grows or shrinks (the agenda read again), what has the keyboard is brought back into view.
        meetingContent.heightProperty().addListener((obs, old, now) -> {
            if (meetingContent.getScene() != null) {
                meetingScroll.layout();
                ScrollIntoView.within(meetingScroll, meetingContent.getScene().getFocusOwner());
            }
        });
        // Another meeting opened starts at its top; a new one saved stays where it is.
        viewModel.meetingIdProperty().addListener((obs, old, now) -> {
            if (now == null) {
                meetingScroll.setVvalue(0);
            }
        });
        viewModel.agenda().addListener((ListChangeListener<AgendaRow>) c -> showAgenda());
        showAgenda();
        showChecks();
    }

        private static void showMessage(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.accessibleTextProperty().bind(text);
        var hasText = javafx.beans.binding.Bindings.isNotEmpty(text);
        label.visibleProperty().bind(hasText);
        label.managedProperty().bind(hasText);
    }

    /** After the table is read again, the same people stay chosen. */
    private void reselect() {
        List<Long> wanted = List.copyOf(viewModel.chosen());
        invitedTable.getSelectionModel().clearSelection();
        for (int i = 0; i < invitedTable.getItems().size(); i++) {
            if (wanted.contains(invitedTable.getItems().get(i).personId())) {
                invitedTable.getSelectionModel().select(i);
            }
        }
    }

    private void showChecks() {
        List<Node> shown = new ArrayList<>();
        for (String check : viewModel.checks()) {
            Label label = new Label("\u2022 " + check);
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            label.setAccessibleText(check);
            label.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
            shown.add(label);
        }
        checksList.getChildren().setAll(shown);
    }

    // ---- the agenda, one card per item

    private void showAgenda() {
        List<Node> cards = new ArrayList<>();
        List<AgendaRow> rows = viewModel.agenda();
        for (int i = 0; i < rows.size(); i++) {
            cards.add(card(rows.get(i), i + 1, rows.size()));
        }
        agendaItems.getChildren().setAll(cards);
        if (focusAfterRebuild != null) {
            String id = focusAfterRebuild;
            focusAfterRebuild = null;
            agendaItems.lookupAll("#" + id).stream().findFirst().ifPresent(Node::requestFocus);
        }
    }

    private Node card(AgendaRow row, int number, int count) {
        String item = messages.text("meetings.agenda.item", number);
        Label heading = new Label(item);
        heading.getStyleClass().add("subsection-title");

        TextField title = new TextField();
        title.setId("agendaTitle" + number);
        title.setPrefColumnCount(22);
        title.textProperty().bindBidirectional(row.titleProperty());
        ComboBox<AgendaAsk> ask = new ComboBox<>();
        ask.setId("agendaAsk" + number);
        Choices.setUp(ask, List.of(AgendaAsk.values()), messages, null);
        ask.valueProperty().bindBidirectional(row.askProperty());
        TextField presenter = new TextField();
        presenter.setId("agendaPresenter" + number);
        presenter.setPrefColumnCount(14);
        presenter.textProperty().bindBidirectional(row.presenterProperty());
        TextField minutes = new TextField();
        minutes.setId("agendaMinutes" + number);
        minutes.setPrefColumnCount(4);
        minutes.textProperty().bindBidirectional(row.minutesProperty());
        FlowPane fields = new FlowPane(16, 8,
                field(item, "meetings.agenda.field.title", title),
                field(item, "meetings.agenda.field.ask", ask),
                field(item, "meetings.agenda.field.presenter", presenter),
                field(item, "meetings.agenda.field.minutes", minutes));

        TextArea summary = new TextArea();
        summary.setId("agendaSummary" + number);
        summary.setPrefRowCount(2);
        summary.setWrapText(true);
        summary.textProperty().bindBidirectional(row.laySummaryProperty());
        TextAreas.tabMovesOn(summary);
        Node summaryField = field(item, "meetings.agenda.field.summary", summary);

        CheckBox expected = new CheckBox(messages.text("meetings.agenda.field.paperExpected"));
        expected.setMnemonicParsing(false);
        expected.setId("agendaPaperExpected" + number);
        expected.setAccessibleText(item + ": " + messages.text("meetings.agenda.field.paperExpected"));
        expected.selectedProperty().bindBidirectional(row.paperExpectedProperty());

        VBox papers = new VBox(4);
        if (row.papers().isEmpty()) {
            Label none = new Label(messages.text("meetings.agenda.papers.none"));
            none.getStyleClass().add(Styles.HINT);
            papers.getChildren().add(none);
        }
        for (AgendaItem.Paper paper : row.papers()) {
            Label name = new Label(paper.fileName());
            name.setWrapText(true);
            Button open = button(messages.text("meetings.agenda.papers.open"),
                    item + ": " + messages.text("meetings.agenda.papers.openName", paper.fileName()), null,
                    () -> viewModel.openPaper(paper));
            Button remove = button(messages.text("meetings.agenda.papers.remove"),
                    item + ": " + messages.text("meetings.agenda.papers.removeName", paper.fileName()), null,
                    () -> viewModel.removePaper(row, paper));
            HBox line = new HBox(12, name, open, remove);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            papers.getChildren().add(line);
        }
        if (watched.add(row)) {
            row.papers().addListener((ListChangeListener<AgendaItem.Paper>) c -> {
                if (viewModel.agenda().contains(row)) {
                    focusAfterRebuild = "agendaAttach" + (viewModel.agenda().indexOf(row) + 1);
                    showAgenda();
                }
            });
        }

        Button attach = button(messages.text("meetings.agenda.attach"),
                item + ": " + messages.text("meetings.agenda.attach"), "agendaAttach" + number,
                () -> viewModel.attachPaper(row));
        Button up = button(messages.text("meetings.agenda.up"), item + ": " + messages.text("meetings.agenda.up"),
                "agendaUp" + number, () -> {
                    focusAfterRebuild = number > 2 ? "agendaUp" + (number - 1) : "agendaDown" + (number - 1);
                    viewModel.moveUp(row);
                });
        up.setDisable(number == 1);
        Button down = button(messages.text("meetings.agenda.down"), item + ": " + messages.text("meetings.agenda.down"),
                "agendaDown" + number, () -> {
                    focusAfterRebuild = number + 1 < count ? "agendaDown" + (number + 1) : "agendaUp" + (number + 1);
                    viewModel.moveDown(row);
                });
        down.setDisable(number == count);
        Button remove = button(messages.text("meetings.agenda.remove"),
                item + ": " + messages.text("meetings.agenda.remove"), "agendaRemove" + number, () -> {
                    focusAfterRebuild = count > 1 ? "agendaTitle" + Math.max(1, number - 1) : null;
                    viewModel.removeAgendaItem(row);
                    if (focusAfterRebuild == null) {
                        agendaSection.lookupAll("#addAgendaItemButton").stream().findFirst().ifPresent(Node::requestFocus);
                    }
                });
        FlowPane actions = new FlowPane(12, 8, attach, up, down, remove);

        VBox card = new VBox(8, heading, fields, summaryField, expected, papers, actions);
        // A line above each item keeps the items apart.
        card.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 1 0 0 0; -fx-padding: 0.6em 0 0 0;");
        card.setAccessibleText(item);
        return card;
    }

    private Node field(String item, String labelKey, javafx.scene.control.Control control) {
        Label label = new Label(messages.text(labelKey));
        label.setLabelFor(control);
        control.setAccessibleText(item + ": " + messages.text(labelKey));
        VBox box = new VBox(4, label, control);
        box.getStyleClass().add("form-field");
        return box;
    }

    private static Button button(String text, String name, String id, Runnable action) {
        Button button = new Button(text);
        button.setMnemonicParsing(false);
        button.setAccessibleText(name);
        if (id != null) {
            button.setId(id);
        }
        button.setOnAction(event -> action.run());
        return button;
    }

            @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void invite() {
        viewModel.invite();
        inviteePerson.requestFocus();
    }

    @FXML
    private void changeRole() {
        viewModel.changeRole();
    }

    @FXML
    private void removeInvited() {
        viewModel.removeChosen();
    }

    @FXML
    private void saveTravel() {
        viewModel.saveTravel();
    }

    @FXML
    private void recordPack() {
        viewModel.recordPackSent();
    }

    @FXML
    private void recordAttendance() {
        viewModel.recordAttendance();
    }

    @FXML
    private void addAgendaItem() {
        focusAfterRebuild = "agendaTitle" + (viewModel.agenda().size() + 1);
        viewModel.addAgendaItem();
    }

    @FXML
    private void saveAgenda() {
        viewModel.saveAgenda();
    }

    @FXML
    private void makeDraftClaims() {
        viewModel.makeDraftClaims();
    }
}
