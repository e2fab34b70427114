package org.fourpi.toolkit.assessment;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.FileType;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * The Response forms tab: saving personal forms (a workbook or a paper PDF) for the people taking part
 * in an assessment, and reading filled forms back, shown in full before their answers are saved.
 */
public final class ResponseFormsViewModel {

    /** An assessment in progress, as the chooser shows it. */
    public record AssessmentChoice(long id, String label) {
    }

    /** One filled form, as the table shows it. */
    public record FormRow(String file, String person, String answers, String status) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final AssessmentService assessments;
    private final ResponseFormService forms;
    private final ResponseFormPdfService paper;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObservableList<AssessmentChoice> assessmentChoices = FXCollections.observableArrayList();
    private final ObjectProperty<AssessmentChoice> assessment = new SimpleObjectProperty<>();
    private final ObservableList<Participant> participants = FXCollections.observableArrayList();
    private final ObjectProperty<Participant> participant = new SimpleObjectProperty<>();
    private final BooleanProperty largePrint = new SimpleBooleanProperty();
    private final StringProperty emptyText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty stoppable = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObservableList<FormRow> formRows = FXCollections.observableArrayList();
    private final StringProperty details = new SimpleStringProperty("");
    private final ObjectProperty<ResponseFormPreview> preview = new SimpleObjectProperty<>();
    private final BooleanBinding canSaveForm;
    private final BooleanBinding canSaveAll;
    private final BooleanBinding canChooseFilled;
    private final BooleanBinding canSaveAnswers;
    private BackgroundTask<?> running;
    private boolean filling;
    private long loadCount;

    public ResponseFormsViewModel(AssessmentService assessments, ResponseFormService forms,
                                  ResponseFormPdfService paper, TaskExecutor executor, DialogService dialogs,
                                  Messages messages) {
        this.assessments = assessments;
        this.forms = forms;
        this.paper = paper;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        canSaveForm = Bindings.createBooleanBinding(() -> participant.get() != null && !busy.get(), participant, busy);
        canSaveAll = Bindings.createBooleanBinding(() -> assessment.get() != null && !participants.isEmpty()
                && !busy.get(), assessment, participants, busy);
        canChooseFilled = Bindings.createBooleanBinding(() -> assessment.get() != null && !busy.get(), assessment,
                busy);
        canSaveAnswers = Bindings.createBooleanBinding(() -> preview.get() != null
                && !preview.get().savable().isEmpty() && !busy.get(), preview, busy);
        assessment.addListener((obs, old, now) -> {
            if (!filling) {
                clearPreview();
                loadParticipants();
            }
        });
    }

    /** Reads the assessments in progress again, keeping the one chosen when it is still there. */
    public void refresh() {
        AssessmentChoice kept = assessment.get();
        BackgroundTask.of(work -> assessments.list().stream()
                        .filter(a -> a.status() == AssessmentStatus.IN_PROGRESS)
                        .map(a -> new AssessmentChoice(a.id(), messages.text("assessment.forms.choice", a.title(),
                                a.heldOn().format(DAY))))
                        .toList())
                .onSuccess(found -> {
                    filling = true;
                    try {
                        assessmentChoices.setAll(found);
                        AssessmentChoice again = kept == null ? null : found.stream()
                                .filter(a -> a.id() == kept.id()).findFirst().orElse(null);
                        if (again == null && found.size() == 1) {
                            again = found.getFirst();
                        }
                        assessment.set(again);
                    } finally {
                        filling = false;
                    }
                    emptyText.set(found.isEmpty() ? messages.text("assessment.forms.noAssessments") : "");
                    if (kept == null || assessment.get() == null || kept.id() != assessment.get().id()) {
                        clearPreview();
                    }
                    loadParticipants();
                })
                .onFailure(error -> message.set(messages.text("assessment.forms.loadFailed")))
                .executeWith(executor);
    }

    private void loadParticipants() {
        AssessmentChoice chosen = assessment.get();
        Participant keptPerson = participant.get();
        long load = ++loadCount;
        if (chosen == null) {
            participants.clear();
            participant.set(null);
            return;
        }
        BackgroundTask.of(work -> assessments.find(chosen.id()).map(Assessment::participants).orElse(List.of()))
                .onSuccess(people -> {
                    if (load != loadCount) {
                        return;
                    }
                    participants.setAll(people);
                    participant.set(keptPerson == null ? null : people.stream()
                            .filter(p -> p.id() == keptPerson.id()).findFirst().orElse(null));
                })
                .onFailure(error -> message.set(messages.text("assessment.forms.loadFailed")))
                .executeWith(executor);
    }

    /** Asks where to save the chosen person's workbook form, then writes it in the background. */
    public void saveForm() {
        AssessmentChoice chosen = assessment.get();
        Participant person = participant.get();
        if (chosen == null || person == null || busy.get()) {
            return;
        }
        Optional<Path> file = dialogs.chooseFileToSave(messages.text("assessment.forms.choose.xlsx"),
                new FileType(messages.text("assessment.forms.fileType.xlsx"), List.of("*.xlsx")),
                forms.fileName(person.name(), ".xlsx")).map(f -> withEnding(f, ".xlsx"));
        if (file.isEmpty()) {
            return;
        }
        start(messages.text("assessment.forms.progress.form"), false);
        run(BackgroundTask.ofAction(() -> forms.writeForm(chosen.id(), person.id(), file.get()))
                .onSuccess(done -> message.set(messages.text("assessment.forms.saved", person.name(),
                        file.get().toString())))
                .onFailure(error -> message.set(messages.text("assessment.forms.failed", file.get().toString()))));
    }

    /** Asks for a folder, then writes a workbook form for everyone taking part, with progress and Stop. */
    public void saveFormsForEveryone() {
        AssessmentChoice chosen = assessment.get();
        if (chosen == null || busy.get()) {
            return;
        }
        Optional<Path> folder = dialogs.chooseFolder(messages.text("assessment.forms.choose.folder"));
        if (folder.isEmpty()) {
            return;
        }
        BackgroundTask.of(work -> forms.formsAlreadyIn(chosen.id(), folder.get()))
                .onSuccess(existing -> {
                    if (existing.isEmpty() || dialogs.confirmRisky(messages.text("assessment.forms.replace.title"),
                            messages.text("assessment.forms.replace.message", existing.size(), existing.stream()
                                    .map(f -> f.getFileName().toString()).collect(Collectors.joining(", "))),
                            messages.text("assessment.forms.replace.yes"), messages.text("assessment.forms.replace.no"))) {
                        writeForEveryone(chosen, folder.get());
                    }
                })
                .onFailure(error -> message.set(messages.text("assessment.forms.failed", folder.get().toString())))
                .executeWith(executor);
    }

    private void writeForEveryone(AssessmentChoice chosen, Path folder) {
        start(messages.text("assessment.forms.progress.form"), true);
        run(BackgroundTask.of(work -> forms.writeForms(chosen.id(), folder, work))
                .onSuccess(written -> message.set(written.stoppedEarly()
                        ? messages.text("assessment.forms.stoppedAll", written.files().size(), written.total(),
                                folder.toString())
                        : messages.text("assessment.forms.savedAll", written.files().size(), folder.toString())))
                .onFailure(error -> message.set(messages.text("assessment.forms.failed", folder.toString()))));
    }

    /** Asks where to save the chosen person's paper form, then writes the PDF in the background. */
    public void savePaperForm() {
        AssessmentChoice chosen = assessment.get();
        Participant person = participant.get();
        if (chosen == null || person == null || busy.get()) {
            return;
        }
        boolean large = largePrint.get();
        Optional<Path> file = dialogs.chooseFileToSave(messages.text("assessment.forms.choose.pdf"),
                new FileType(messages.text("assessment.forms.fileType.pdf"), List.of("*.pdf")),
                forms.fileName(person.name(), ".pdf")).map(f -> withEnding(f, ".pdf"));
        if (file.isEmpty()) {
            return;
        }
        start(messages.text("assessment.forms.progress.form"), false);
        run(BackgroundTask.ofAction(() -> paper.write(chosen.id(), person.id(), large, file.get()))
                .onSuccess(done -> message.set(messages.text("assessment.forms.paperSaved", person.name(),
                        file.get().toString())))
                .onFailure(error -> message.set(messages.text("assessment.forms.failed", file.get().toString()))));
    }

    /** Asks for filled forms, then reads them. */
    public void chooseFilledForms() {
        if (!canChooseFilled.get()) {
            return;
        }
        List<Path> files = dialogs.chooseFilesToOpen(messages.text("assessment.forms.choose.filled"),
                new FileType(messages.text("assessment.forms.fileType.xlsx"), List.of("*.xlsx")));
        readFilledForms(files);
    }

    /** Reads filled forms (chosen, dropped or pasted) and shows what they say; nothing is saved. */
    public void readFilledForms(List<Path> files) {
        AssessmentChoice chosen = assessment.get();
        if (chosen == null || files.isEmpty() || busy.get()) {
            return;
        }
        clearPreview();
        List<Path> toRead = List.copyOf(files);
        start(messages.text("assessment.forms.progress.reading", ""), true);
        run(BackgroundTask.of(work -> forms.preview(chosen.id(), toRead, work))
                .onSuccess(this::show)
                .onFailure(error -> message.set(messages.text(error instanceof CancellationException
                        ? "assessment.forms.readStopped" : "assessment.forms.readFailed"))));
    }

    private void show(ResponseFormPreview read) {
        preview.set(read);
        formRows.setAll(read.forms().stream().map(this::row).toList());
        details.set(detailsOf(read));
        message.set(messages.text("assessment.forms.previewed", read.forms().size(), read.savable().size()));
    }

    private FormRow row(ResponseFormCheck form) {
        String status;
        if (form.canSave()) {
            status = messages.text(form.ratings().isEmpty() ? "assessment.forms.status.readyEmpty"
                    : "assessment.forms.status.ready");
        } else if (form.problems().size() == 1) {
            status = messages.text("assessment.forms.status.refusedOne");
        } else {
            status = messages.text("assessment.forms.status.refused", form.problems().size());
        }
        return new FormRow(form.fileName(), form.personName(),
                form.participantId() == null ? "" : Integer.toString(form.ratings().size()), status);
    }

    private String detailsOf(ResponseFormPreview read) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.text("assessment.forms.details.top"));
        for (ResponseFormCheck form : read.forms()) {
            lines.add("");
            lines.add(form.canSave()
                    ? messages.text("assessment.forms.details.form", messages.text("assessment.forms.whose",
                            form.personName()), form.fileName(), form.ratings().size())
                    : messages.text("assessment.forms.details.formRefused", form.fileName()));
            form.problems().forEach(p -> lines.add("\u2022 " + p));
            if (!form.comments().isEmpty()) {
                lines.add(messages.text("assessment.forms.details.comments"));
                form.comments().forEach(c -> lines.add("\u2022 " + messages.text("assessment.forms.details.comment",
                        c.row(), c.statement(), c.text())));
            }
        }
        return String.join("\n", lines);
    }

    /** Saves the answers of every form without problems, each person's all or none. */
    public void saveAnswers() {
        ResponseFormPreview read = preview.get();
        if (!canSaveAnswers.get()) {
            return;
        }
        start(messages.text("assessment.forms.progress.saving"), false);
        run(BackgroundTask.of(work -> forms.save(read))
                .onSuccess(saved -> {
                    clearPreview();
                    String people = saved.people().stream().map(p -> messages.text(
                            "assessment.forms.answersSavedPerson", p.name(), p.answers()))
                            .collect(Collectors.joining(", "));
                    String text = messages.text("assessment.forms.answersSaved", saved.answers(), people);
                    if (!saved.refused().isEmpty()) {
                        text += " " + messages.text("assessment.forms.answersNotSaved",
                                String.join(" ", saved.refused()));
                    }
                    message.set(text);
                })
                .onFailure(error -> message.set(messages.text("assessment.forms.saveFailed"))));
    }

    /** Puts the forms read aside without saving anything. */
    public void clearPreview() {
        preview.set(null);
        formRows.clear();
        details.set("");
    }

    /** Asks the forms being written or read to stop at the next one. */
    public void stop() {
        if (running != null && stoppable.get()) {
            running.requestCancel();
        }
    }

    private void start(String what, boolean canStop) {
        busy.set(true);
        stoppable.set(canStop);
        progress.set(-1);
        message.set(what);
    }

    private <T> void run(BackgroundTask<T> task) {
        running = task;
        task.onProgress(update -> {
            progress.set(update.fraction());
            if (!update.message().isEmpty()) {
                message.set(update.message());
            }
        }).onFinished(() -> {
            busy.set(false);
            stoppable.set(false);
            running = null;
        });
        task.executeWith(executor);
    }

    private static Path withEnding(Path file, String ending) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(ending) ? file : file.resolveSibling(name + ending);
    }

    public ObservableList<AssessmentChoice> assessmentChoices() {
        return assessmentChoices;
    }

    public ObjectProperty<AssessmentChoice> assessmentProperty() {
        return assessment;
    }

    public ObservableList<Participant> participants() {
        return participants;
    }

    public ObjectProperty<Participant> participantProperty() {
        return participant;
    }

    public BooleanProperty largePrintProperty() {
        return largePrint;
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty stoppableProperty() {
        return stoppable;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ObservableList<FormRow> formRows() {
        return formRows;
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details;
    }

    public BooleanBinding canSaveFormProperty() {
        return canSaveForm;
    }

    public BooleanBinding canSaveAllProperty() {
        return canSaveAll;
    }

    public BooleanBinding canChooseFilledProperty() {
        return canChooseFilled;
    }

    public BooleanBinding canSaveAnswersProperty() {
        return canSaveAnswers;
    }

    public boolean hasPreview() {
        return preview.get() != null;
    }
}
