package org.fourpi.toolkit.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * The guided self-assessment: the start, one step per area (Process in its four parts), impact,
 * priorities and actions, and the summary. Every answer is saved the moment it is given, in the
 * background and in the order given; the step is remembered so the assessment reopens there.
 */
public final class WizardViewModel {

    /** One step in the list on the left: its name and, in words, how far the group has got. */
    public record Step(String key, String name, String state, boolean done) {
    }

    /** An area's count of agreed statements, for the summary. */
    public record AreaCount(String name, int agreed, int total) {
    }

    /** A statement still without an agreed rating, with the step to go to. */
    public record Missing(String code, String statement, int stepIndex) {
    }

    /** A statement on the priorities step: a chosen priority or a low rating worth a look. */
    public record Suggestion(String code, String statement, String rating) {
    }

    /** A statement that an action can answer, ticked or not. */
    public static final class ActionStatement {
        private final String code;
        private final String text;
        private final BooleanProperty chosen = new SimpleBooleanProperty();

        ActionStatement(String code, String text) {
            this.code = code;
            this.text = text;
        }

        public String code() {
            return code;
        }

        public String text() {
            return text;
        }

        public BooleanProperty chosen() {
            return chosen;
        }
    }

    private static final int SUGGESTIONS = 5;

    private final AssessmentService service;
    private final EvidenceSource evidence;
    private final Supplier<List<WizardPerson>> people;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final LongConsumer seeResults;
    private final WizardStartViewModel start;
    private Runnable onClosed = () -> { };

    private final Framework framework;
    private final List<String> stepKeys;
    private final ObjectProperty<Assessment> assessment = new SimpleObjectProperty<>();
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final IntegerProperty stepIndex = new SimpleIntegerProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final IntegerProperty loads = new SimpleIntegerProperty();
    private final Map<String, WizardIndicator> indicators = new LinkedHashMap<>();
    private final Map<String, StringProperty> impactAnswers = new LinkedHashMap<>();
    private final Map<String, String> savedImpact = new LinkedHashMap<>();
    private final ObservableList<AssessmentAction> actions = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> priorities = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<AreaCount> areaCounts = FXCollections.observableArrayList();
    private final ObservableList<Missing> missing = FXCollections.observableArrayList();
    private final ObservableList<ActionStatement> actionStatements = FXCollections.observableArrayList();
    private final StringProperty actionWhat = new SimpleStringProperty("");
    private final StringProperty actionWho = new SimpleStringProperty("");
    private final StringProperty actionDue = new SimpleStringProperty("");
    private final ObjectProperty<ActionStatus> actionStatus = new SimpleObjectProperty<>(ActionStatus.OPEN);
    private final ObjectProperty<Long> editingAction = new SimpleObjectProperty<>();
    private final StringProperty actionWhatError = new SimpleStringProperty("");
    private final StringProperty actionWhoError = new SimpleStringProperty("");
    private final StringProperty actionDueError = new SimpleStringProperty("");
    private final Deque<Runnable> waitingSaves = new ArrayDeque<>();
    private boolean saving;

    public WizardViewModel(AssessmentService service, EvidenceSource evidence, Supplier<List<WizardPerson>> people,
                           TaskExecutor executor, DialogService dialogs, Messages messages, Clock clock,
                           LongConsumer seeResults) {
        this.service = service;
        this.evidence = evidence;
        this.people = people;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.seeResults = seeResults;
        this.start = new WizardStartViewModel(messages);
        this.framework = service.framework();
        this.stepKeys = AssessmentSteps.keys(framework);
        framework.indicators().forEach(i -> actionStatements.add(new ActionStatement(i.code(),
                messages.text("assessment.wizard.actions.statement", i.code(), i.statement()))));
        stepIndex.addListener((obs, old, index) -> showProgress());
    }

    /** Told when the person goes back to the list. */
    void onClosed(Runnable action) {
        this.onClosed = action;
    }

    // ---- opening and moving ----

    /** Starts a new assessment at its start step; nothing is saved until Next. */
    public void startNew() {
        assessment.set(null);
        readOnly.set(false);
        message.set("");
        indicators.clear();
        impactAnswers.clear();
        savedImpact.clear();
        actions.clear();
        start.clear(LocalDate.now(clock));
        heading.set(messages.text("assessment.wizard.newHeading"));
        refreshSteps();
        loads.set(loads.get() + 1);
        stepIndex.set(-1);
        stepIndex.set(0);
        loadPeople();
    }

    /** Opens a saved assessment at the step it was left on. */
    public void open(long id) {
        message.set(messages.text("assessment.wizard.opening"));
        busy.set(true);
        BackgroundTask.of(progress -> read(id))
                .onSuccess(read -> {
                    show(read);
                    int at = stepKeys.indexOf(read.assessment().currentStep());
                    refreshPriorities();
                    refreshSummary();
                    stepIndex.set(-1);
                    stepIndex.set(Math.max(0, at));
                    message.set("");
                })
                .onFailure(error -> message.set(messages.text("assessment.wizard.openFailed")))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
        loadPeople();
    }

    private record Read(Assessment assessment, Answers answers, Map<EvidenceKind, List<String>> figures) {
    }

    private Read read(long id) {
        Assessment found = service.find(id).orElseThrow(() -> new IllegalArgumentException("No assessment " + id));
        Map<EvidenceKind, List<String>> figures;
        try {
            figures = evidence.figures();
        } catch (RuntimeException e) {
            figures = Map.of();
        }
        return new Read(found, service.answers(id), figures);
    }

    private void loadPeople() {
        BackgroundTask.of(progress -> people.get())
                .onSuccess(start::setPeople)
                .onFailure(error -> start.setPeople(List.of()))
                .executeWith(executor);
    }

    private void show(Read read) {
        Assessment a = read.assessment();
        assessment.set(a);
        readOnly.set(a.status() == AssessmentStatus.COMPLETED);
        heading.set(a.title());
        start.fill(a);
        Framework used = service.frameworkOf(a);
        indicators.clear();
        for (Indicator indicator : used.indicators()) {
            List<String> figures = indicator.evidence() == null ? List.of()
                    : read.figures().getOrDefault(indicator.evidence(), List.of());
            WizardIndicator card = new WizardIndicator(indicator, figures);
            AgreedAnswer agreed = read.answers().agreed().get(indicator.code());
            if (agreed != null) {
                card.agreedProperty().set(agreed.rating());
                card.evidenceProperty().set(agreed.evidence());
                card.evidenceSaved(agreed.evidence());
                card.priorityProperty().set(agreed.priority());
            }
            a.participants().forEach(p -> card.ownProperty(p.id()).set(null));
            indicators.put(indicator.code(), card);
        }
        read.answers().own().forEach(r -> {
            WizardIndicator card = indicators.get(r.indicatorCode());
            if (card != null) {
                card.ownProperty(r.participantId()).set(r.rating());
            }
        });
        impactAnswers.clear();
        savedImpact.clear();
        used.impactQuestions().forEach(q -> {
            String answer = read.answers().impactAnswers().getOrDefault(q.code(), "");
            impactAnswers.put(q.code(), new SimpleStringProperty(answer));
            savedImpact.put(q.code(), answer);
        });
        actions.setAll(read.answers().actions());
        clearActionForm();
        refreshSteps();
        loads.set(loads.get() + 1);
    }

    public void next() {
        goTo(stepIndex.get() + 1);
    }

    public void back() {
        goTo(stepIndex.get() - 1);
    }

    /** Moves to a step; leaving the start saves it first, and nothing moves until it is right. */
    public void goTo(int index) {
        if (index < 0 || index >= stepKeys.size() || index == stepIndex.get() || busy.get()) {
            return;
        }
        if (isStartStep() && !readOnly.get()) {
            saveStartThen(() -> moveTo(index));
        } else if (assessment.get() != null) {
            moveTo(index);
        }
    }

    /** Goes to the step of a statement, e.g. from the summary. */
    public void goToStatement(String code) {
        framework.indicator(code).ifPresent(i -> goTo(stepKeys.indexOf(i.stepKey())));
    }

    private void moveTo(int index) {
        saveTypedNotes();
        String key = stepKeys.get(index);
        if (AssessmentSteps.ACTIONS.equals(key)) {
            refreshPriorities();
        } else if (AssessmentSteps.SUMMARY.equals(key)) {
            refreshSummary();
        }
        stepIndex.set(index);
        long id = assessment.get().id();
        save(() -> service.moveTo(id, key), error -> message.set(messages.text("assessment.wizard.stepNotSaved")));
    }

    /** Back to the list of assessments; notes typed but not yet saved are saved first. */
    public void close() {
        saveTypedNotes();
        onClosed.run();
    }

    // ---- the start ----

    private void saveStartThen(Runnable then) {
        Optional<AssessmentStart> typed = start.toStart();
        if (typed.isEmpty()) {
            message.set(messages.text("assessment.wizard.start.fix"));
            return;
        }
        AssessmentStart wanted = typed.get();
        Assessment saved = assessment.get();
        if (saved != null && WizardStartViewModel.startOf(saved).equals(wanted)) {
            then.run();
            return;
        }
        if (saved != null && !confirmLosingOwnRatings(saved, wanted)) {
            return;
        }
        busy.set(true);
        message.set(messages.text("assessment.wizard.saving"));
        BackgroundTask.of(progress -> {
                    Assessment done = saved == null ? service.start(wanted) : service.updateStart(saved.id(), wanted);
                    return read(done.id());
                })
                .onSuccess(read -> {
                    show(read);
                    message.set(messages.text("assessment.wizard.start.saved"));
                    busy.set(false);
                    then.run();
                })
                .onFailure(error -> {
                    busy.set(false);
                    if (error instanceof InvalidAssessmentException invalid) {
                        start.showProblems(invalid.problems());
                        message.set(messages.text("assessment.wizard.start.fix"));
                    } else {
                        message.set(messages.text("assessment.wizard.start.notSaved"));
                    }
                })
                .executeWith(executor);
    }

    private boolean confirmLosingOwnRatings(Assessment saved, AssessmentStart wanted) {
        Set<Long> kept = new HashSet<>();
        wanted.participants().forEach(p -> {
            if (p.id() != null) {
                kept.add(p.id());
            }
        });
        List<String> losing = saved.participants().stream()
                .filter(p -> !kept.contains(p.id()))
                .filter(p -> indicators.values().stream().anyMatch(c -> c.ownProperty(p.id()).get() != null))
                .map(Participant::name).toList();
        if (losing.isEmpty()) {
            return true;
        }
        return dialogs.confirmRisky(messages.text("assessment.wizard.start.removeTitle"),
                messages.text("assessment.wizard.start.removeMessage", String.join(", ", losing)),
                messages.text("assessment.wizard.start.removeYes"), messages.text("assessment.wizard.start.removeNo"));
    }

    // ---- answers ----

    /** The group's agreed rating; null clears it. Saved at once; on failure the rating shows as it was. */
    public void rateAgreed(String code, Rating rating) {
        WizardIndicator card = indicators.get(code);
        if (card == null || Objects.equals(card.agreedProperty().get(), rating)) {
            return;
        }
        Rating before = card.agreedProperty().get();
        card.agreedProperty().set(rating);
        refreshSteps();
        if (refuseWhenCompleted(() -> card.agreedProperty().set(before))) {
            return;
        }
        long id = assessment.get().id();
        save(() -> service.rateAgreed(id, code, rating), error -> {
            card.agreedProperty().set(before);
            refreshSteps();
            message.set(messages.text("assessment.wizard.ratingNotSaved", code));
        });
    }

    /** One participant's own rating; null clears it. Saved at once; on failure the rating shows as it was. */
    public void rateOwn(long participantId, String code, Rating rating) {
        WizardIndicator card = indicators.get(code);
        if (card == null || Objects.equals(card.ownProperty(participantId).get(), rating)) {
            return;
        }
        Rating before = card.ownProperty(participantId).get();
        card.ownProperty(participantId).set(rating);
        if (refuseWhenCompleted(() -> card.ownProperty(participantId).set(before))) {
            return;
        }
        long id = assessment.get().id();
        save(() -> service.rateOwn(id, participantId, code, rating), error -> {
            card.ownProperty(participantId).set(before);
            message.set(messages.text("assessment.wizard.ratingNotSaved", code));
        });
    }

    /** Saves the evidence typed for a statement, when it has changed. */
    public void saveEvidence(String code) {
        WizardIndicator card = indicators.get(code);
        if (card == null || !card.evidenceChanged() || readOnly.get() || assessment.get() == null) {
            return;
        }
        String text = card.evidenceProperty().get();
        if (AssessmentRules.clean(text).length() > AssessmentRules.MAX_EVIDENCE) {
            message.set(messages.text("assessment.wizard.tooLong", AssessmentRules.MAX_EVIDENCE));
            return;
        }
        String before = card.savedEvidence();
        card.evidenceSaved(text);
        long id = assessment.get().id();
        save(() -> service.noteEvidence(id, code, text), error -> {
            card.evidenceSaved(before);
            message.set(messages.text("assessment.wizard.evidenceNotSaved", code));
        });
    }

    /** Makes a statement one of the group's priorities, or not. */
    public void setPriority(String code, boolean priority) {
        WizardIndicator card = indicators.get(code);
        if (card == null) {
            return;
        }
        card.priorityProperty().set(priority);
        if (refuseWhenCompleted(() -> card.priorityProperty().set(!priority))) {
            return;
        }
        long id = assessment.get().id();
        save(() -> service.setPriority(id, code, priority), error -> {
            card.priorityProperty().set(!priority);
            message.set(messages.text("assessment.wizard.priorityNotSaved", code));
        });
    }

    /** Saves the answer typed to an impact question, when it has changed. */
    public void saveImpactAnswer(String questionCode) {
        StringProperty answer = impactAnswers.get(questionCode);
        if (answer == null || readOnly.get() || assessment.get() == null) {
            return;
        }
        String text = answer.get();
        String before = savedImpact.get(questionCode);
        if (AssessmentRules.clean(text).equals(AssessmentRules.clean(before))) {
            return;
        }
        if (AssessmentRules.clean(text).length() > AssessmentRules.MAX_EVIDENCE) {
            message.set(messages.text("assessment.wizard.tooLong", AssessmentRules.MAX_EVIDENCE));
            return;
        }
        savedImpact.put(questionCode, text);
        long id = assessment.get().id();
        save(() -> service.answerImpact(id, questionCode, text), error -> {
            savedImpact.put(questionCode, before);
            message.set(messages.text("assessment.wizard.impactNotSaved"));
        });
    }

    /** Saves every evidence note and impact answer typed but not yet saved, e.g. as the window closes. */
    public void saveTypedNotes() {
        if (assessment.get() == null || readOnly.get()) {
            return;
        }
        List.copyOf(indicators.keySet()).forEach(this::saveEvidence);
        List.copyOf(impactAnswers.keySet()).forEach(this::saveImpactAnswer);
    }

    /**
     * Sends every answer still waiting its turn, and every note typed but not yet saved, to be saved
     * at once: the window is closing, and closing lets work already sent finish but takes no more.
     */
    public void saveEverythingNow() {
        saveTypedNotes();
        Runnable waiting;
        while ((waiting = waitingSaves.poll()) != null) {
            waiting.run();
        }
    }

    private boolean refuseWhenCompleted(Runnable undo) {
        if (assessment.get() == null || readOnly.get()) {
            undo.run();
            refreshSteps();
            message.set(messages.text("assessment.wizard.readOnly"));
            return true;
        }
        return false;
    }

    /** Saves in the background, one after another in the order given, so a later answer is never overtaken. */
    private void save(BackgroundTask.ThrowingRunnable work, Consumer<Throwable> failed) {
        waitingSaves.add(() -> BackgroundTask.ofAction(work)
                .onSuccess(nothing -> {
                    if (waitingSaves.isEmpty()) {
                        message.set(messages.text("assessment.wizard.saved"));
                    }
                })
                .onFailure(failed)
                .onFinished(this::nextSave)
                .executeWith(executor));
        if (!saving) {
            nextSave();
        }
    }

    private void nextSave() {
        Runnable next = waitingSaves.poll();
        saving = next != null;
        if (next != null) {
            next.run();
        }
    }

    // ---- priorities and actions ----

    private void refreshPriorities() {
        priorities.setAll(indicators.values().stream().filter(c -> c.priorityProperty().get())
                .map(this::suggestion).toList());
        suggestions.setAll(indicators.values().stream()
                .filter(c -> !c.priorityProperty().get())
                .filter(c -> c.agreedProperty().get() != null && c.agreedProperty().get().isScore())
                .sorted(Comparator.comparingInt(c -> c.agreedProperty().get().score().orElse(9)))
                .filter(c -> c.agreedProperty().get().score().orElse(9) <= 3)
                .limit(SUGGESTIONS).map(this::suggestion).toList());
    }

    private Suggestion suggestion(WizardIndicator card) {
        Rating rating = card.agreedProperty().get();
        return new Suggestion(card.code(), card.indicator().statement(), rating == null
                ? messages.text("assessment.wizard.noAgreedRating")
                : messages.text("assessment.wizard.agreedWas", framework.scale(rating).label()));
    }

    /** Starts a new action for a statement: the form is emptied and the statement chosen. */
    public void planActionFor(String code) {
        clearActionForm();
        actionStatements.forEach(s -> s.chosen().set(s.code().equals(code)));
    }

    /** Puts an action in the form to change it. */
    public void editAction(AssessmentAction action) {
        if (action == null) {
            return;
        }
        editingAction.set(action.id());
        actionWhat.set(action.what());
        actionWho.set(action.who() == null ? "" : action.who());
        actionDue.set(action.dueOn() == null ? "" : WizardStartViewModel.TYPED_DATE.format(action.dueOn()));
        actionStatus.set(action.status());
        actionStatements.forEach(s -> s.chosen().set(action.indicators().contains(s.code())));
        clearActionErrors();
    }

    /** Empties the action form for a new action. */
    public void clearActionForm() {
        editingAction.set(null);
        actionWhat.set("");
        actionWho.set("");
        actionDue.set("");
        actionStatus.set(ActionStatus.OPEN);
        actionStatements.forEach(s -> s.chosen().set(false));
        clearActionErrors();
    }

    /** Adds the action in the form, or saves the changes to the one being changed. */
    public void saveAction() {
        if (refuseWhenCompleted(() -> { })) {
            return;
        }
        clearActionErrors();
        LocalDate due = null;
        String typedDue = AssessmentRules.clean(actionDue.get());
        boolean dueUnreadable = false;
        if (!typedDue.isEmpty()) {
            try {
                due = LocalDate.parse(typedDue, WizardStartViewModel.TYPED_DATE);
            } catch (DateTimeParseException e) {
                dueUnreadable = true;
                actionDueError.set(messages.text("assessment.wizard.start.dateUnreadable"));
            }
        }
        ActionInput input = new ActionInput(editingAction.get(), AssessmentRules.clean(actionWhat.get()),
                AssessmentRules.clean(actionWho.get()), due, actionStatus.get(),
                actionStatements.stream().filter(s -> s.chosen().get()).map(ActionStatement::code).toList());
        Map<AssessmentField, AssessmentProblem> problems = AssessmentRules.check(input, framework);
        showActionProblems(problems);
        if (!problems.isEmpty() || dueUnreadable) {
            message.set(messages.text("assessment.wizard.actions.fix"));
            return;
        }
        long id = assessment.get().id();
        BackgroundTask.of(progress -> {
                    service.saveAction(id, input);
                    return service.answers(id).actions();
                })
                .onSuccess(saved -> {
                    actions.setAll(saved);
                    clearActionForm();
                    refreshSteps();
                    message.set(messages.text(input.id() == null ? "assessment.wizard.actions.added"
                            : "assessment.wizard.actions.changed"));
                })
                .onFailure(error -> {
                    if (error instanceof InvalidAssessmentException invalid) {
                        showActionProblems(invalid.problems());
                        message.set(messages.text("assessment.wizard.actions.fix"));
                    } else {
                        message.set(messages.text("assessment.wizard.actions.notSaved"));
                    }
                })
                .executeWith(executor);
    }

    /** Removes an action, after asking. */
    public void removeAction(AssessmentAction action) {
        if (action == null || refuseWhenCompleted(() -> { })) {
            return;
        }
        if (!dialogs.confirmRisky(messages.text("assessment.wizard.actions.removeTitle"),
                messages.text("assessment.wizard.actions.removeMessage", action.what()),
                messages.text("assessment.wizard.actions.removeYes"), messages.text("assessment.wizard.keep"))) {
            return;
        }
        long id = assessment.get().id();
        BackgroundTask.of(progress -> {
                    service.removeAction(id, action.id());
                    return service.answers(id).actions();
                })
                .onSuccess(saved -> {
                    actions.setAll(saved);
                    if (Objects.equals(editingAction.get(), action.id())) {
                        clearActionForm();
                    }
                    refreshSteps();
                    message.set(messages.text("assessment.wizard.actions.removed"));
                })
                .onFailure(error -> message.set(messages.text("assessment.wizard.actions.notSaved")))
                .executeWith(executor);
    }

    /** How an action reads in the list: what, who, by when, its status, and whether it was carried. */
    public String describe(AssessmentAction action) {
        List<String> parts = new ArrayList<>();
        parts.add(action.what());
        if (action.who() != null && !action.who().isBlank()) {
            parts.add(messages.text("assessment.wizard.actions.who", action.who()));
        }
        if (action.dueOn() != null) {
            parts.add(messages.text("assessment.wizard.actions.due",
                    WizardStartViewModel.TYPED_DATE.format(action.dueOn())));
        }
        parts.add(messages.text(action.status().labelKey()));
        if (!action.indicators().isEmpty()) {
            parts.add(messages.text("assessment.wizard.actions.answers", String.join(", ", action.indicators())));
        }
        if (action.carriedFrom() != null) {
            parts.add(messages.text("assessment.wizard.actions.carried"));
        }
        return String.join(" · ", parts);
    }

    private void showActionProblems(Map<AssessmentField, AssessmentProblem> problems) {
        problems.forEach((field, problem) -> {
            String text = messages.text(problem.labelKey(), messages.text(field.labelKey()),
                    AssessmentRules.maxFor(field));
            if (field == AssessmentField.ACTION_WHO) {
                actionWhoError.set(text);
            } else {
                actionWhatError.set(text);
            }
        });
    }

    private void clearActionErrors() {
        actionWhatError.set("");
        actionWhoError.set("");
        actionDueError.set("");
    }

    // ---- the summary ----

    private void refreshSummary() {
        areaCounts.clear();
        missing.clear();
        for (Area area : framework.areas()) {
            int agreed = (int) area.indicators().stream().filter(i -> agreed(i.code())).count();
            areaCounts.add(new AreaCount(area.name(), agreed, area.indicators().size()));
            area.indicators().stream().filter(i -> !agreed(i.code())).forEach(i -> missing.add(
                    new Missing(i.code(), i.statement(), stepKeys.indexOf(i.stepKey()))));
        }
    }

    private boolean agreed(String code) {
        WizardIndicator card = indicators.get(code);
        return card != null && card.agreedProperty().get() != null;
    }

    /** Marks the assessment completed, after asking; it is then read-only until reopened. */
    public void complete() {
        Assessment a = assessment.get();
        if (a == null || readOnly.get()) {
            return;
        }
        String question = missing.isEmpty() ? messages.text("assessment.wizard.complete.message", a.title())
                : messages.text("assessment.wizard.complete.messageMissing", a.title(), missing.size());
        if (!dialogs.confirm(messages.text("assessment.wizard.complete.title"), question,
                messages.text("assessment.wizard.complete.yes"), messages.text("assessment.wizard.notYet"))) {
            return;
        }
        saveTypedNotes();
        changeStatus(() -> service.complete(a.id()), "assessment.wizard.completed");
    }

    /** Opens a completed assessment for changes again. */
    public void reopen() {
        Assessment a = assessment.get();
        if (a == null || !readOnly.get()) {
            return;
        }
        changeStatus(() -> service.reopen(a.id()), "assessment.wizard.reopened");
    }

    private void changeStatus(BackgroundTask.ThrowingRunnable change, String doneKey) {
        long id = assessment.get().id();
        busy.set(true);
        waitingSaves.add(() -> BackgroundTask.of(progress -> {
                    change.run();
                    return read(id);
                })
                .onSuccess(read -> {
                    int at = stepIndex.get();
                    show(read);
                    refreshPriorities();
                    refreshSummary();
                    stepIndex.set(-1);
                    stepIndex.set(at);
                    message.set(messages.text(doneKey));
                })
                .onFailure(error -> message.set(messages.text("assessment.wizard.statusNotChanged")))
                .onFinished(() -> {
                    busy.set(false);
                    nextSave();
                })
                .executeWith(executor));
        if (!saving) {
            nextSave();
        }
    }

    /** Shows the results of this assessment. */
    public void seeResults() {
        Assessment a = assessment.get();
        if (a != null) {
            saveTypedNotes();
            seeResults.accept(a.id());
        }
    }

    // ---- steps ----

    private void refreshSteps() {
        List<Step> list = new ArrayList<>();
        Assessment a = assessment.get();
        for (String key : stepKeys) {
            list.add(step(key, a));
        }
        steps.setAll(list);
        showProgress();
    }

    private Step step(String key, Assessment a) {
        if (AssessmentSteps.START.equals(key)) {
            String name = messages.text("assessment.wizard.step.start");
            return a == null ? new Step(key, name, messages.text("assessment.wizard.state.notSaved"), false)
                    : new Step(key, name, messages.text("assessment.wizard.state.done"), true);
        }
        if (AssessmentSteps.ACTIONS.equals(key)) {
            return new Step(key, messages.text("assessment.wizard.step.actions"),
                    messages.text("assessment.wizard.state.actions", actions.size()), !actions.isEmpty());
        }
        if (AssessmentSteps.SUMMARY.equals(key)) {
            boolean completed = a != null && a.status() == AssessmentStatus.COMPLETED;
            return new Step(key, messages.text("assessment.wizard.step.summary"),
                    messages.text(completed ? "assessment.status.COMPLETED" : "assessment.status.IN_PROGRESS"),
                    completed);
        }
        IndicatorGroup group = framework.group(key).orElseThrow();
        int total = group.indicators().size();
        int agreed = (int) group.indicators().stream().filter(i -> agreed(i.code())).count();
        String state = agreed == total ? messages.text("assessment.wizard.state.allAgreed", total)
                : messages.text("assessment.wizard.state.agreed", agreed, total);
        return new Step(key, group.name(), state, agreed == total);
    }

    private void showProgress() {
        int at = Math.max(0, stepIndex.get());
        progressText.set(messages.text("assessment.wizard.progress", at + 1, stepKeys.size(),
                steps.isEmpty() ? "" : steps.get(at).name()));
        progress.set((at + 1) / (double) stepKeys.size());
    }

    // ---- read by the view ----

    public WizardStartViewModel start() {
        return start;
    }

    public Framework framework() {
        return framework;
    }

    /** The key of the step shown. */
    public String stepKey() {
        int at = stepIndex.get();
        return at < 0 ? AssessmentSteps.START : stepKeys.get(at);
    }

    public boolean isStartStep() {
        return AssessmentSteps.START.equals(stepKey());
    }

    public Optional<IndicatorGroup> stepGroup() {
        return framework.group(stepKey());
    }

    public WizardIndicator indicator(String code) {
        return indicators.get(code);
    }

    public StringProperty impactAnswer(String questionCode) {
        return impactAnswers.computeIfAbsent(questionCode, q -> new SimpleStringProperty(""));
    }

    /** The participants, when each rates on their own first; otherwise none. */
    public List<Participant> ownRaters() {
        Assessment a = assessment.get();
        return a == null || a.mode() != AssessmentMode.EACH_THEN_GROUP ? List.of() : a.participants();
    }

    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return assessment;
    }

    /** True while the assessment is completed: it can be read but not changed until reopened. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<Step> steps() {
        return steps;
    }

    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex;
    }

    public int stepCount() {
        return stepKeys.size();
    }

    /** E.g. "Step 4 of 11: Engagement". */
    public StringProperty progressTextProperty() {
        return progressText;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Counts each time a whole assessment is read, so the view can build its pages again. */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads;
    }

    public ObservableList<AssessmentAction> actions() {
        return actions;
    }

    public ObservableList<Suggestion> priorities() {
        return priorities;
    }

    public ObservableList<Suggestion> suggestions() {
        return suggestions;
    }

    public ObservableList<AreaCount> areaCounts() {
        return areaCounts;
    }

    public ObservableList<Missing> missing() {
        return missing;
    }

    public ObservableList<ActionStatement> actionStatements() {
        return actionStatements;
    }

    public StringProperty actionWhatProperty() {
        return actionWhat;
    }

    public StringProperty actionWhoProperty() {
        return actionWho;
    }

    public StringProperty actionDueProperty() {
        return actionDue;
    }

    public ObjectProperty<ActionStatus> actionStatusProperty() {
        return actionStatus;
    }

    /** The id of the action in the form, or null for a new one. */
    public ObjectProperty<Long> editingActionProperty() {
        return editingAction;
    }

    public StringProperty actionWhatErrorProperty() {
        return actionWhatError;
    }

    public StringProperty actionWhoErrorProperty() {
        return actionWhoError;
    }

    public StringProperty actionDueErrorProperty() {
        return actionDueError;
    }

    /** A rating's words on the scale, e.g. "1 Not started". */
    public String ratingLabel(Rating rating) {
        ScaleEntry entry = framework.scale(rating);
        return rating.isScore() ? rating.code() + " " + entry.label() : entry.label();
    }

    /** A rating in few words, for the rows of each person's own rating: "1" to "5", or the words. */
    public String shortRatingLabel(Rating rating) {
        return rating.isScore() ? rating.code() : messages.text("assessment.wizard.short." + rating.code());
    }

    public String ratingDescription(Rating rating) {
        return framework.scale(rating).description();
    }

    public Messages messages() {
        return messages;
    }
}
