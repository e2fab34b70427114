package org.fourpi.toolkit.assessment;

import static org.fourpi.toolkit.assessment.WizardGroupStep.wrapped;

import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fourpi.toolkit.assessment.WizardViewModel.ActionStatement;
import org.fourpi.toolkit.assessment.WizardViewModel.Suggestion;
import org.fourpi.toolkit.common.ui.Choices;
import org.fourpi.toolkit.common.ui.FieldErrors;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Styles;

/**
 * Builds the priorities and actions step: the statements made priorities, the lowest agreed
 * ratings as suggestions, the actions agreed (those carried from the last assessment marked), and
 * a form to add or change one.
 */
final class WizardActionsStep {

    private final WizardViewModel viewModel;
    private final Messages messages;
    private final List<Runnable> cleanups;

    WizardActionsStep(WizardViewModel viewModel, Messages messages, List<Runnable> cleanups) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.cleanups = cleanups;
    }

    Node build() {
        VBox page = new VBox(14);
        page.getStyleClass().add("wizard-page");
        page.getChildren().addAll(wrapped(messages.text("assessment.wizard.step.actions"), Styles.PAGE_TITLE),
                wrapped(messages.text("assessment.wizard.actions.intro"), Styles.HINT));
        TextField what = new TextField();
        page.getChildren().add(suggestions(messages.text("assessment.wizard.actions.priorities"),
                messages.text("assessment.wizard.actions.noPriorities"), viewModel.priorities(), what));
        if (!viewModel.suggestions().isEmpty()) {
            page.getChildren().add(suggestions(messages.text("assessment.wizard.actions.suggestions"), "",
                    viewModel.suggestions(), what));
        }
        page.getChildren().addAll(actionList(), form(what));
        return page;
    }

    private Node suggestions(String title, String none, ObservableList<Suggestion> items, TextField what) {
        VBox box = new VBox(8, wrapped(title, Styles.SECTION_TITLE));
        if (items.isEmpty()) {
            box.getChildren().add(wrapped(none, Styles.HINT));
        }
        for (Suggestion s : items) {
            Label text = wrapped(messages.text("assessment.wizard.actions.suggestion", s.code(), s.statement(),
                    s.rating()), null);
            Button plan = new Button(messages.text("assessment.wizard.actions.plan"));
            plan.setId("plan-" + s.code());
            plan.setMinWidth(Button.USE_PREF_SIZE);
            plan.setAccessibleText(messages.text("assessment.wizard.actions.planFor", s.code()));
            plan.disableProperty().bind(viewModel.readOnlyProperty());
            plan.setOnAction(e -> {
                viewModel.planActionFor(s.code());
                what.requestFocus();
            });
            HBox row = new HBox(12, text, plan);
            HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            box.getChildren().add(row);
        }
        return box;
    }

    private Node actionList() {
        ListView<AssessmentAction> list = new ListView<>(viewModel.actions());
        list.setId("actionList");
        list.setAccessibleText(messages.text("assessment.wizard.actions.list"));
        list.setPrefHeight(180);
        list.setMinHeight(100);
        list.setPlaceholder(new Label(messages.text("assessment.wizard.actions.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AssessmentAction item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.describe(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Label title = wrapped(messages.text("assessment.wizard.actions.agreed"), Styles.SECTION_TITLE);
        Button edit = new Button(messages.text("assessment.wizard.actions.edit"));
        edit.setId("editActionButton");
        edit.setMnemonicParsing(true);
        Button remove = new Button(messages.text("assessment.wizard.actions.remove"));
        remove.setId("removeActionButton");
        remove.setMnemonicParsing(true);
        BooleanBinding none = list.getSelectionModel().selectedItemProperty().isNull();
        edit.disableProperty().bind(none.or(viewModel.readOnlyProperty()));
        remove.disableProperty().bind(none.or(viewModel.readOnlyProperty()));
        edit.setOnAction(e -> viewModel.editAction(list.getSelectionModel().getSelectedItem()));
        remove.setOnAction(e -> viewModel.removeAction(list.getSelectionModel().getSelectedItem()));
        edit.setMinWidth(Button.USE_PREF_SIZE);
        remove.setMinWidth(Button.USE_PREF_SIZE);
        return new VBox(8, title, list, new FlowPane(10, 6, edit, remove));
    }

    private Node form(TextField what) {
        VBox form = new VBox(6);
        form.getStyleClass().addAll(Styles.CARD, "wizard-card");
        Label title = wrapped(messages.text("assessment.wizard.actions.formNew"), Styles.SECTION_TITLE);
        title.textProperty().bind(viewModel.editingActionProperty().isNull().map(isNew ->
                messages.text(isNew ? "assessment.wizard.actions.formNew" : "assessment.wizard.actions.formChange")));
        what.setId("actionWhat");
        what.textProperty().bindBidirectional(viewModel.actionWhatProperty());
        cleanups.add(() -> what.textProperty().unbindBidirectional(viewModel.actionWhatProperty()));
        TextField who = new TextField();
        who.setId("actionWho");
        who.textProperty().bindBidirectional(viewModel.actionWhoProperty());
        cleanups.add(() -> who.textProperty().unbindBidirectional(viewModel.actionWhoProperty()));
        TextField due = new TextField();
        due.setId("actionDue");
        due.setPrefColumnCount(9);
        due.setMaxWidth(TextField.USE_PREF_SIZE);
        due.setPromptText(messages.text("assessment.wizard.datePrompt"));
        due.textProperty().bindBidirectional(viewModel.actionDueProperty());
        cleanups.add(() -> due.textProperty().unbindBidirectional(viewModel.actionDueProperty()));
        ComboBox<ActionStatus> status = new ComboBox<>();
        status.setId("actionStatus");
        Choices.setUp(status, Arrays.asList(ActionStatus.values()), messages, null);
        status.valueProperty().bindBidirectional(viewModel.actionStatusProperty());
        cleanups.add(() -> status.valueProperty().unbindBidirectional(viewModel.actionStatusProperty()));
        ListView<ActionStatement> statements = new ListView<>(viewModel.actionStatements());
        statements.setId("actionStatements");
        statements.setPrefHeight(160);
        statements.setAccessibleText(messages.text("assessment.field.ACTION_INDICATORS"));
        statements.setCellFactory(CheckBoxListCell.forListView(ActionStatement::chosen,
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(ActionStatement s) {
                        return s == null ? "" : s.text();
                    }

                    @Override
                    public ActionStatement fromString(String text) {
                        return null;
                    }
                }));
        statements.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                ActionStatement s = statements.getSelectionModel().getSelectedItem();
                if (s != null) {
                    s.chosen().set(!s.chosen().get());
                }
                e.consume();
            }
        });
        Label whatError = errorLabel();
        Label whoError = errorLabel();
        Label dueError = errorLabel();
        FieldErrors.show(what, whatError, viewModel.actionWhatErrorProperty());
        FieldErrors.show(who, whoError, viewModel.actionWhoErrorProperty());
        FieldErrors.show(due, dueError, viewModel.actionDueErrorProperty());
        Button save = new Button(messages.text("assessment.wizard.actions.save"));
        save.setId("saveActionButton");
        save.setMnemonicParsing(true);
        save.setOnAction(e -> viewModel.saveAction());
        Button clear = new Button(messages.text("assessment.wizard.actions.clear"));
        clear.setId("clearActionButton");
        clear.setMnemonicParsing(true);
        clear.setOnAction(e -> viewModel.clearActionForm());
        form.getChildren().addAll(title,
                field("assessment.wizard.actions.what", what, whatError),
                new FlowPane(16, 6, field("assessment.wizard.actions.whoField", who, whoError),
                        field("assessment.wizard.actions.dueField", due, dueError),
                        field("assessment.wizard.actions.status", status, null)),
                field("assessment.wizard.actions.statements", statements, null),
                new FlowPane(10, 6, save, clear));
        form.disableProperty().bind(viewModel.readOnlyProperty());
        return form;
    }

    private VBox field(String labelKey, javafx.scene.control.Control input, Label error) {
        Label label = new Label(messages.text(labelKey));
        label.setMnemonicParsing(true);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.setLabelFor(input);
        if (input.getAccessibleText() == null) {
            input.setAccessibleText(label.getText().replace("_", ""));
        }
        VBox box = new VBox(4, label, input);
        box.getStyleClass().add("form-field");
        if (error != null) {
            box.getChildren().add(error);
        }
        return box;
    }

    private static Label errorLabel() {
        Label error = wrapped("", Styles.FIELD_ERROR);
        return error;
    }
}
