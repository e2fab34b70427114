package org.fourpi.toolkit.assessment;

import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Styles;
import org.fourpi.toolkit.common.ui.TextAreas;

/**
 * Builds the page of one area (or part of Process): its name, what it is about, the guiding
 * questions, and a card for each statement; on the Impact step also the five impact questions.
 */
final class WizardGroupStep {

    /** How long typing pauses before a note is saved. */
    private static final Duration PAUSE = Duration.millis(1200);

    private final WizardViewModel viewModel;
    private final Messages messages;
    private final List<Runnable> cleanups;
    private final IndicatorGroup group;

    WizardGroupStep(WizardViewModel viewModel, Messages messages, List<Runnable> cleanups, IndicatorGroup group) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.cleanups = cleanups;
        this.group = group;
    }

    Node build() {
        VBox page = new VBox(14);
        page.getStyleClass().add("wizard-page");
        Label title = wrapped(group.name(), Styles.PAGE_TITLE);
        title.setAccessibleRole(AccessibleRole.TEXT);
        page.getChildren().addAll(title, wrapped(group.about(), "wizard-about"));
        if (!group.questions().isEmpty()) {
            VBox questions = new VBox(4, wrapped(messages.text("assessment.wizard.questions"), "subsection-title"));
            group.questions().forEach(q -> questions.getChildren().add(wrapped("•  " + q, null)));
            page.getChildren().add(questions);
        }
        if (!viewModel.ownRaters().isEmpty()) {
            page.getChildren().add(wrapped(messages.text("assessment.wizard.eachFirst"), Styles.HINT));
        }
        int number = 0;
        for (Indicator indicator : group.indicators()) {
            number++;
            page.getChildren().add(card(viewModel.indicator(indicator.code()), number, group.indicators().size()));
        }
        if (Framework.IMPACT.equals(group.key())) {
            page.getChildren().add(impactQuestions());
        }
        return page;
    }

    private Node card(WizardIndicator card, int number, int of) {
        Indicator indicator = card.indicator();
        VBox box = new VBox(10);
        box.getStyleClass().addAll(Styles.CARD, "wizard-card");
        box.setId("card-" + indicator.code());
        Label count = wrapped(messages.text("assessment.wizard.statementOf", number, of, indicator.code()), Styles.HINT);
        Label statement = wrapped(indicator.statement(), "wizard-statement");
        statement.setAccessibleRole(AccessibleRole.TEXT);
        box.getChildren().addAll(count, statement,
                wrapped(indicator.hint(), null),
                wrapped(messages.text("assessment.wizard.evidencePrompt", indicator.prompt()), Styles.HINT));
        if (!card.figures().isEmpty()) {
            // What the records say comes before the ratings, so the group has it in front of them as they rate.
            VBox records = new VBox(4, wrapped(messages.text("assessment.wizard.records"), "subsection-title"));
            records.getStyleClass().add("wizard-records");
            card.figures().forEach(f -> records.getChildren().add(wrapped(f, null)));
            records.setAccessibleRole(AccessibleRole.TEXT);
            records.setAccessibleText(messages.text("assessment.wizard.records") + " " + String.join(" ", card.figures()));
            box.getChildren().add(records);
        }

        List<Participant> raters = viewModel.ownRaters();
        if (!raters.isEmpty()) {
            VBox own = new VBox(6, wrapped(messages.text("assessment.wizard.ownRatings"), "subsection-title"));
            for (Participant p : raters) {
                String who = messages.text("assessment.wizard.start.participant", p.name(),
                        messages.text(p.perspective().labelKey()));
                Label name = wrapped(who, "wizard-rater");
                FlowPane row = ratingRow(card.ownProperty(p.id()),
                        rating -> viewModel.rateOwn(p.id(), indicator.code(), rating),
                        messages.text("assessment.wizard.ownRatingOf", p.name(), indicator.code()),
                        "own-" + p.id() + "-" + indicator.code(), true);
                own.getChildren().add(new VBox(2, name, row));
            }
            box.getChildren().add(own);
        }

        Label agreedLabel = wrapped(messages.text(raters.isEmpty() ? "assessment.wizard.agreedRating"
                : "assessment.wizard.groupAgreed"), "subsection-title");
        FlowPane agreedRow = ratingRow(card.agreedProperty(), rating -> viewModel.rateAgreed(indicator.code(), rating),
                messages.text("assessment.wizard.agreedRatingOf", indicator.code()), "agreed-" + indicator.code(),
                false);
        box.getChildren().addAll(agreedLabel, agreedRow);

        Label evidenceLabel = wrapped(messages.text("assessment.wizard.evidence"), null);
        TextArea evidence = notes(card.evidenceProperty(), () -> viewModel.saveEvidence(indicator.code()),
                messages.text("assessment.wizard.evidenceOf", indicator.code()));
        evidence.setId("evidence-" + indicator.code());
        evidenceLabel.setLabelFor(evidence);
        CheckBox priority = new CheckBox(messages.text("assessment.wizard.priority"));
        priority.setId("priority-" + indicator.code());
        priority.setAccessibleText(messages.text("assessment.wizard.priorityOf", indicator.code()));
        priority.setSelected(card.priorityProperty().get());
        priority.setOnAction(e -> viewModel.setPriority(indicator.code(), priority.isSelected()));
        ChangeListener<Boolean> priorityShown = (obs, was, is) -> priority.setSelected(is);
        card.priorityProperty().addListener(priorityShown);
        cleanups.add(() -> card.priorityProperty().removeListener(priorityShown));
        priority.disableProperty().bind(viewModel.readOnlyProperty());
        box.getChildren().add(new VBox(6, evidenceLabel, evidence, priority));
        return box;
    }

    /** The seven choices of the scale as toggle buttons; choosing the chosen one again clears it. */
    private FlowPane ratingRow(ObjectProperty<Rating> value, Consumer<Rating> rate, String name, String id,
                               boolean compact) {
        FlowPane row = new FlowPane(6, 6);
        row.getStyleClass().add("wizard-ratings");
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.setAccessibleText(name);
        ToggleGroup choices = new ToggleGroup();
        for (Rating rating : Rating.values()) {
            ToggleButton button = new ToggleButton(compact ? viewModel.shortRatingLabel(rating)
                    : viewModel.ratingLabel(rating));
            button.setId(id + "-" + rating.code());
            button.setUserData(rating);
            button.setToggleGroup(choices);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setAccessibleText(name + ": " + viewModel.ratingLabel(rating));
            button.setAccessibleHelp(viewModel.ratingDescription(rating));
            button.setTooltip(new Tooltip(viewModel.ratingLabel(rating) + ": " + viewModel.ratingDescription(rating)));
            button.disableProperty().bind(viewModel.readOnlyProperty());
            row.getChildren().add(button);
        }
        Consumer<Rating> show = rating -> choices.getToggles().forEach(t -> t.setSelected(t.getUserData() == rating));
        show.accept(value.get());
        choices.selectedToggleProperty().addListener((obs, old, toggle) -> {
            Rating chosen = toggle == null ? null : (Rating) toggle.getUserData();
            if (chosen != value.get()) {
                rate.accept(chosen);
            }
        });
        ChangeListener<Rating> shown = (obs, old, rating) -> {
            Toggle selected = choices.getSelectedToggle();
            if (selected == null ? rating != null : selected.getUserData() != rating) {
                show.accept(rating);
            }
        };
        value.addListener(shown);
        cleanups.add(() -> value.removeListener(shown));
        return row;
    }

    private Node impactQuestions() {
        VBox box = new VBox(10);
        box.getStyleClass().addAll(Styles.CARD, "wizard-card");
        box.getChildren().addAll(wrapped(messages.text("assessment.wizard.impactQuestions"), Styles.SECTION_TITLE),
                wrapped(messages.text("assessment.wizard.impactIntro"), Styles.HINT));
        for (ImpactQuestion question : viewModel.framework().impactQuestions()) {
            Label label = wrapped(question.text(), null);
            TextArea answer = notes(viewModel.impactAnswer(question.code()),
                    () -> viewModel.saveImpactAnswer(question.code()), question.text());
            answer.setId("impact-" + question.code());
            label.setLabelFor(answer);
            box.getChildren().addAll(label, answer);
        }
        return box;
    }

    /** A text box for notes, saved after a short pause in typing and when the keyboard leaves it. */
    private TextArea notes(StringProperty text, Runnable save, String name) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setAccessibleText(name);
        area.textProperty().bindBidirectional(text);
        cleanups.add(() -> area.textProperty().unbindBidirectional(text));
        area.editableProperty().bind(viewModel.readOnlyProperty().not());
        TextAreas.tabMovesOn(area);
        PauseTransition pause = new PauseTransition(PAUSE);
        pause.setOnFinished(e -> save.run());
        area.textProperty().addListener((obs, old, now) -> {
            if (area.isFocused()) {
                pause.playFromStart();
            }
        });
        area.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                pause.stop();
                save.run();
            }
        });
        cleanups.add(() -> {
            pause.stop();
            save.run();
        });
        return area;
    }

    static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        return label;
    }
}
