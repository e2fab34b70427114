package org.fourpi.toolkit.payments;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.fourpi.toolkit.common.ui.Choices;
import org.fourpi.toolkit.common.ui.ColumnWidths;
import org.fourpi.toolkit.common.ui.Columns;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Styles;
import org.fourpi.toolkit.common.ui.TextAreas;
import org.fourpi.toolkit.payments.ClaimEditorViewModel.AuditRow;

/** Code-behind of one claim: binds the details, builds a row of fields for each line, and shows the steps that apply. */
public final class ClaimEditorView {

    private final ClaimEditorViewModel viewModel;
    private final Messages messages;

    @FXML private Button backButton;
    @FXML private Label claimTitle;
    @FXML private Label standingLabel;
    @FXML private Label readOnlyLabel;
    @FXML private ComboBox<PersonChoice> claimPerson;
    @FXML private TextField claimActivity;
    @FXML private ComboBox<String> claimKind;
    @FXML private TextField claimDate;
    @FXML private TextArea claimNotes;
    @FXML private VBox linesBox;
    @FXML private Button addLineButton;
    @FXML private Label owedLabel;
    @FXML private Label paidByUsLabel;
    @FXML private Label totalsHint;
    @FXML private Label problemsLabel;
    @FXML private HBox saveRow;
    @FXML private Button saveClaimButton;
    @FXML private Label claimMessage;
    @FXML private Label stepsTitle;
    @FXML private FlowPane submitRow;
    @FXML private TextField receivedOn;
    @FXML private FlowPane approveRow;
    @FXML private Button approveButton;
    @FXML private FlowPane paidRow;
    @FXML private TextField paidOn;
    @FXML private ComboBox<PaymentMethod> paidBy;
    @FXML private TextField reference;
    @FXML private FlowPane rejectRow;
    @FXML private TextField rejectReason;
    @FXML private FlowPane otherRow;
    @FXML private Button reopenButton;
    @FXML private Button removeButton;
    @FXML private VBox adjustmentBox;
    @FXML private VBox adjustmentLine;
    @FXML private TextField adjustmentReason;
    @FXML private TableView<AuditRow> auditTable;
    @FXML private TableColumn<AuditRow, String> whenColumn;
    @FXML private TableColumn<AuditRow, String> whoColumn;
    @FXML private TableColumn<AuditRow, String> whatColumn;
    @FXML private TableColumn<AuditRow, String> beforeColumn;
    @FXML private TableColumn<AuditRow, String> afterColumn;

    public ClaimEditorView(ClaimEditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        BooleanExpression locked = viewModel.editableProperty().not();
        claimTitle.textProperty().bind(viewModel.titleProperty());
        standingLabel.textProperty().bind(viewModel.standingProperty());
        standingLabel.accessibleTextProperty().bind(viewModel.standingProperty());
        showWhen(readOnlyLabel, viewModel.canAdjustProperty());

        claimPerson.setItems(viewModel.personChoices());
        String nobody = messages.text("payments.claims.editor.person.none");
        claimPerson.setButtonCell(ClaimsListView.personCell(nobody));
        claimPerson.setCellFactory(list -> ClaimsListView.personCell(nobody));
        claimPerson.setPromptText(nobody);
        Choices.findByFirstLetter(claimPerson, PersonChoice::name);
        claimPerson.valueProperty().bindBidirectional(viewModel.personProperty());
        claimActivity.textProperty().bindBidirectional(viewModel.activityProperty());
        claimKind.setItems(viewModel.activityTypes());
        claimKind.getEditor().textProperty().bindBidirectional(viewModel.activityTypeProperty());
        claimKind.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                viewModel.activityTypeProperty().set(chosen);
            }
        });
        claimKind.setPromptText(messages.text("payments.claims.editor.kind.general"));
        claimDate.textProperty().bindBidirectional(viewModel.dateProperty());
        claimNotes.textProperty().bindBidirectional(viewModel.notesProperty());
        TextAreas.tabMovesOn(claimNotes);
        // Text stays readable and can still be reached and read out; only choices are switched off.
        for (javafx.scene.control.TextInputControl text : List.of(claimActivity, claimDate, claimNotes)) {
            text.editableProperty().bind(viewModel.editableProperty());
        }
        claimPerson.disableProperty().bind(locked);
        claimKind.disableProperty().bind(locked);

        viewModel.lines().addListener((ListChangeListener<ClaimLineViewModel>) change -> {
            boolean added = false;
            boolean removed = false;
            while (change.next()) {
                added |= change.wasAdded() && !change.wasReplaced() && change.getAddedSize() == 1;
                removed |= change.wasRemoved() && !change.wasReplaced() && change.getRemovedSize() == 1;
            }
            buildLines(added);
            if (removed && !added) {
                addLineButton.requestFocus(); // the line's own button has gone with it
            }
        });
        buildLines(false);
        showWhen(addLineButton, viewModel.editableProperty());
        adjustmentLine.getChildren().setAll(lineEditor(viewModel.adjustment(), 0, viewModel.canAdjustProperty()));

        owedLabel.textProperty().bind(Bindings.concat(messages.text("payments.claims.editor.owed"), " ",
                viewModel.owedProperty()));
        owedLabel.accessibleTextProperty().bind(owedLabel.textProperty());
        paidByUsLabel.textProperty().bind(Bindings.concat(messages.text("payments.claims.editor.paidByUs"), " ",
                viewModel.paidByUsProperty()));
        paidByUsLabel.accessibleTextProperty().bind(paidByUsLabel.textProperty());
        totalsHint.textProperty().bind(viewModel.totalsHintProperty());
        totalsHint.accessibleTextProperty().bind(viewModel.totalsHintProperty());
        showWhen(totalsHint, viewModel.totalsHintProperty().isNotEmpty());
        var problemText = Bindings.createStringBinding(() -> String.join("\n", viewModel.problems()),
                viewModel.problems());
        problemsLabel.textProperty().bind(problemText);
        problemsLabel.accessibleTextProperty().bind(problemText);
        showWhen(problemsLabel, Bindings.isNotEmpty(viewModel.problems()));
        claimMessage.textProperty().bind(viewModel.messageProperty());
        claimMessage.accessibleTextProperty().bind(viewModel.messageProperty());

        showWhen(saveRow, viewModel.canSaveProperty());
        showWhen(submitRow, viewModel.canSubmitProperty());
        showWhen(approveRow, viewModel.canApproveProperty());
        showWhen(paidRow, viewModel.canMarkPaidProperty());
        showWhen(rejectRow, viewModel.canRejectProperty());
        showWhen(reopenButton, viewModel.canReopenProperty());
        showWhen(removeButton, viewModel.canRemoveProperty());
        showWhen(otherRow, viewModel.canReopenProperty().or(viewModel.canRemoveProperty()));
        showWhen(adjustmentBox, viewModel.canAdjustProperty());
        showWhen(stepsTitle, viewModel.canSubmitProperty().or(viewModel.canApproveProperty())
                .or(viewModel.canMarkPaidProperty()).or(viewModel.canRejectProperty())
                .or(viewModel.canReopenProperty()).or(viewModel.canAdjustProperty()));
        receivedOn.textProperty().bindBidirectional(viewModel.receivedOnProperty());
        paidOn.textProperty().bindBidirectional(viewModel.paidOnProperty());
        Choices.setUp(paidBy, List.of(PaymentMethod.values()), messages, messages.text("payments.person.method.none"));
        paidBy.valueProperty().bindBidirectional(viewModel.paidByProperty());
        reference.textProperty().bindBidirectional(viewModel.referenceProperty());
        rejectReason.textProperty().bindBidirectional(viewModel.rejectReasonProperty());
        adjustmentReason.textProperty().bindBidirectional(viewModel.adjustmentReasonProperty());
        // The step buttons stay enabled while a step runs (the view model ignores a second press), so the keyboard
        // stays put. When a step is done its button goes away; the keyboard moves on to the next step, or back to the top.
        viewModel.statusProperty().addListener((obs, old, now) -> {
            Node focused = claimTitle.getScene() == null ? null : claimTitle.getScene().getFocusOwner();
            if (focused == null || !shown(focused)) {
                List.<Node>of(saveClaimButton, approveButton, paidOn, receivedOn, backButton).stream()
                        .filter(ClaimEditorView::shown).findFirst().ifPresent(Node::requestFocus);
            }
        });

        Columns.text(whenColumn, AuditRow::when);
        Columns.text(whoColumn, AuditRow::who);
        Columns.text(whatColumn, AuditRow::what);
        Columns.text(beforeColumn, AuditRow::before);
        Columns.text(afterColumn, AuditRow::after);
        List.of(whenColumn, whoColumn, whatColumn, beforeColumn, afterColumn)
                .forEach(Columns::wrapping);
        ColumnWidths.atLeastEms(whenColumn, standingLabel, 8.0);
        ColumnWidths.atLeastEms(whoColumn, standingLabel, 7.0);
        ColumnWidths.atLeastEms(whatColumn, standingLabel, 8.0);
        ColumnWidths.atLeastEms(beforeColumn, standingLabel, 16.0);
        ColumnWidths.atLeastEms(afterColumn, standingLabel, 20.0);
        auditTable.setItems(viewModel.audit());
        auditTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    private void buildLines(boolean focusLast) {
        linesBox.getChildren().clear();
        int place = 1;
        for (ClaimLineViewModel line : viewModel.lines()) {
            linesBox.getChildren().add(lineEditor(line, place++, viewModel.editableProperty()));
        }
        if (focusLast && !linesBox.getChildren().isEmpty()) {
            Node last = linesBox.getChildren().getLast();
            last.lookupAll(".line-category").stream().findFirst().ifPresent(Node::requestFocus);
        }
    }

    /** The fields of one line; place 0 is the adjustment on a paid claim. */
    private Node lineEditor(ClaimLineViewModel line, int place, BooleanExpression enabled) {
        String name = place == 0 ? messages.text("payments.claims.line.adjustmentName")
                : messages.text("payments.claims.line.name", place);
        BooleanExpression locked = enabled.not();
        VBox box = new VBox(6);
        box.getStyleClass().add(Styles.CARD);
        box.setAccessibleText(name);

        HBox heading = new HBox(12);
        heading.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        Label title = new Label(name);
        title.getStyleClass().add("subsection-title");
        Label amount = new Label();
        amount.textProperty().bind(Bindings.concat(messages.text("payments.claims.line.workedOut"), " ",
                line.workedOutProperty()));
        amount.accessibleTextProperty().bind(Bindings.concat(name, ": ", amount.textProperty()));
        amount.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        amount.setWrapText(true);
        amount.setMinHeight(Region.USE_PREF_SIZE);
        amount.getStyleClass().add("line-amount");
        heading.getChildren().add(title);
        if (place > 0) { // an adjustment is worked out when it is added
            heading.getChildren().add(amount);
        }
        box.getChildren().add(heading);

        FlowPane figures = new FlowPane(12, 6);
        ComboBox<ClaimCategory> category = new ComboBox<>();
        category.getStyleClass().add("line-category");
        Choices.setUp(category, List.of(ClaimCategory.values()), messages, null);
        category.valueProperty().bindBidirectional(line.categoryProperty());
        ComboBox<FeeUnit> unit = new ComboBox<>();
        Choices.setUp(unit, List.of(FeeUnit.values()), messages, null);
        unit.valueProperty().bindBidirectional(line.feeUnitProperty());
        TextField quantity = field(line.quantityProperty().get(), 6);
        quantity.textProperty().bindBidirectional(line.quantityProperty());
        TextField passengers = field("", 3);
        passengers.textProperty().bindBidirectional(line.passengersProperty());
        TextField cost = field("", 8);
        cost.textProperty().bindBidirectional(line.amountProperty());
        Label quantityLabel = new Label();
        quantityLabel.textProperty().bind(Bindings.when(line.feeProperty())
                .then(messages.text("payments.claims.field.feeQuantity"))
                .otherwise(Bindings.when(line.mileageProperty()).then(messages.text("payments.claims.field.miles"))
                        .otherwise(messages.text("payments.claims.field.hours"))));
        quantity.accessibleTextProperty().bind(Bindings.concat(name, ": ", quantityLabel.textProperty()));
        VBox quantityField = new VBox(2, quantityLabel, quantity);
        quantityField.getStyleClass().add("form-field");
        showWhen(quantityField, line.atCostProperty().not());
        Node unitField = labelled(name, messages.text("payments.claims.field.unit"), unit);
        showWhen(unitField, line.feeProperty());
        Node passengersField = labelled(name, messages.text("payments.claims.field.passengers"), passengers);
        showWhen(passengersField, line.mileageProperty());
        Node costField = labelled(name, messages.text("payments.claims.field.amount"), cost);
        showWhen(costField, line.atCostProperty());
        figures.getChildren().addAll(labelled(name, messages.text("payments.claims.field.category"), category),
                unitField, quantityField, passengersField, costField);
        box.getChildren().add(figures);

        TextField description = field("", 24);
        description.textProperty().bindBidirectional(line.descriptionProperty());
        CheckBox byUs = new CheckBox(messages.text("payments.claims.field.paidByUs"));
        byUs.setWrapText(true);
        byUs.selectedProperty().bindBidirectional(line.paidByOrganisationProperty());
        byUs.setAccessibleText(name + ": " + messages.text("payments.claims.field.paidByUs"));
        FlowPane more = new FlowPane(12, 6, labelled(name, messages.text("payments.claims.field.description"), description),
                byUs);
        more.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
        box.getChildren().add(more);

        Label receiptName = new Label();
        receiptName.textProperty().bind(Bindings.when(line.hasReceiptProperty())
                .then(Bindings.concat(messages.text("payments.claims.receipt.label"), " ", line.receiptNameProperty()))
                .otherwise(messages.text("payments.claims.receipt.none")));
        receiptName.accessibleTextProperty().bind(Bindings.concat(name, ": ", receiptName.textProperty()));
        receiptName.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        receiptName.setWrapText(true);
        Button attach = button(name, "payments.claims.receipt.attach", () -> viewModel.attachReceipt(line));
        Button open = button(name, "payments.claims.receipt.open", () -> viewModel.openReceipt(line));
        Button drop = button(name, "payments.claims.receipt.remove", () -> viewModel.removeReceipt(line));
        showWhen(open, line.hasReceiptProperty());
        showWhen(drop, line.hasReceiptProperty().and(enabled));
        showWhen(attach, enabled);
        FlowPane receipt = new FlowPane(12, 6, receiptName, attach, open, drop);
        receipt.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.getChildren().add(receipt);

        Label problem = new Label();
        problem.getStyleClass().add(Styles.FIELD_ERROR);
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(line.problemProperty());
        problem.accessibleTextProperty().bind(line.problemProperty());
        problem.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        showWhen(problem, line.problemProperty().isNotEmpty());
        box.getChildren().add(problem);
        for (TextField text : List.of(quantity, passengers, cost, description)) {
            text.editableProperty().bind(enabled);
        }
        for (Control control : List.of(category, unit, byUs)) {
            control.disableProperty().bind(locked);
        }
        if (place > 0) {
            Button removeLine = button(name, "payments.claims.line.remove", () -> viewModel.removeLine(line));
            showWhen(removeLine, enabled);
            box.getChildren().add(new HBox(removeLine));
        }
        return box;
    }

    private static TextField field(String text, int columns) {
        TextField field = new TextField(text);
        field.setPrefColumnCount(columns);
        return field;
    }

    private static Node labelled(String line, String label, Control control) {
        Label shown = new Label(label);
        shown.setLabelFor(control);
        control.setAccessibleText(line + ": " + label);
        VBox box = new VBox(2, shown, control);
        box.getStyleClass().add("form-field");
        return box;
    }

    private Button button(String line, String key, Runnable action) {
        Button button = new Button(messages.text(key));
        button.setAccessibleText(line + ": " + messages.text(key));
        button.setOnAction(event -> action.run());
        return button;
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    @FXML
    private void back() {
        viewModel.close();
    }

    @FXML
    private void addLine() {
        viewModel.addLine();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void submit() {
        viewModel.submit();
    }

    @FXML
    private void approve() {
        viewModel.approve();
    }

    @FXML
    private void markPaid() {
        viewModel.markPaid();
    }

    @FXML
    private void reject() {
        viewModel.reject();
    }

    @FXML
    private void reopen() {
        viewModel.reopen();
    }

    @FXML
    private void remove() {
        viewModel.remove();
    }

    @FXML
    private void addAdjustment() {
        viewModel.addAdjustment();
    }
}
