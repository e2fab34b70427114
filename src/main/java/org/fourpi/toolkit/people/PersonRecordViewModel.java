package org.fourpi.toolkit.people;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.fourpi.toolkit.common.files.AttachmentStore;
import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.FileType;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * The parts of a person's record that grow over time: involvement status with its dated history,
 * role descriptions and other documents, and consent. Each change is saved at once.
 */
public final class PersonRecordViewModel {

    private final PeopleService people;
    private final EqualityService equality;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Consumer<Path> openFile;

    private final ObjectProperty<Long> personId = new SimpleObjectProperty<>();
    private final ObjectProperty<InvolvementStatus> currentStatus = new SimpleObjectProperty<>();
    private final ObservableList<StatusChange> history = FXCollections.observableArrayList();
    private final ObservableList<PersonDocument> documents = FXCollections.observableArrayList();
    private final ObservableList<Consent> consents = FXCollections.observableArrayList();

    private final ObjectProperty<InvolvementStatus> newStatus = new SimpleObjectProperty<>(InvolvementStatus.ACTIVE);
    private final ObjectProperty<LocalDate> statusDate = new SimpleObjectProperty<>();
    private final StringProperty statusNote = new SimpleStringProperty("");

    private final ObjectProperty<ConsentPurpose> consentPurpose =
            new SimpleObjectProperty<>(ConsentPurpose.KEEP_DETAILS);
    private final ObjectProperty<LocalDate> consentDate = new SimpleObjectProperty<>();
    private final ObjectProperty<ConsentMethod> consentMethod = new SimpleObjectProperty<>(ConsentMethod.IN_WRITING);
    private final StringProperty consentWording = new SimpleStringProperty("");

    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param openFile opens a kept document with the computer's usual program for it */
    public PersonRecordViewModel(PeopleService people, EqualityService equality, TaskExecutor executor,
                                 DialogService dialogs, Messages messages, Consumer<Path> openFile) {
        this.people = people;
        this.equality = equality;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.openFile = openFile;
    }

    /** Shows the record of a saved person, or nothing for a person not saved yet. */
    public void show(Long id) {
        personId.set(id);
        message.set("");
        statusDate.set(people.today());
        consentDate.set(people.today());
        statusNote.set("");
        consentWording.set("");
        if (id == null) {
            currentStatus.set(null);
            history.clear();
            documents.clear();
            consents.clear();
            return;
        }
        reload();
    }

    private void reload() {
        Long id = personId.get();
        if (id == null) {
            return;
        }
        busy.set(true);
        BackgroundTask.of(progress -> people.find(id))
                .onSuccess(found -> found.ifPresent(details -> {
                    currentStatus.set(details.person().status());
                    newStatus.set(details.person().status());
                    history.setAll(details.history());
                    documents.setAll(details.documents());
                    consents.setAll(details.consents());
                }))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Records the chosen status from the chosen date, with the note, and adds it to the history. */
    public void changeStatus() {
        Long id = personId.get();
        LocalDate on = statusDate.get();
        if (id == null || newStatus.get() == null || busy.get()) {
            return;
        }
        if (on == null || on.isAfter(people.today())) {
            message.set(messages.text("people.record.status.badDate"));
            return;
        }
        InvolvementStatus status = newStatus.get();
        String note = statusNote.get();
        run(() -> people.changeStatus(id, status, on, note),
                messages.text("people.record.status.changed", messages.text(status.labelKey())));
        statusNote.set("");
    }

    /** Asks for a file and keeps a copy of it on the person's record. */
    public void addDocument() {
        Long id = personId.get();
        if (id == null) {
            return;
        }
        Optional<Path> file = dialogs.chooseFileToOpen(messages.text("people.record.document.choose"),
                new FileType(messages.text("people.record.document.fileType"),
                        List.of("*.pdf", "*.doc", "*.docx", "*.odt", "*.rtf", "*.txt")));
        file.ifPresent(path -> {
            busy.set(true);
            String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
            BackgroundTask.of(progress -> people.addDocument(id, path, stripExtension(name)))
                    .onSuccess(doc -> {
                        message.set(messages.text("people.record.document.added", doc.title()));
                        reload();
                    })
                    .onFailure(error -> dialogs.showError(messages.text("people.record.document.problem.title"),
                            documentProblem(error, name)))
                    .onFinished(() -> busy.set(false))
                    .executeWith(executor);
        });
    }

    private String documentProblem(Throwable error, String name) {
        if (error instanceof InvalidDocumentException invalid) {
            return messages.text(invalid.problem().messageKey(), name);
        }
        return error instanceof AttachmentStore.RefusedException refused
                && refused.reason() == AttachmentStore.RefusedException.Reason.TOO_LARGE
                ? messages.text("people.record.document.problem.tooLarge", name,
                PeopleService.MAX_DOCUMENT_BYTES / (1024 * 1024))
                : messages.text("people.record.document.problem.unreadable", name);
    }

    /** Opens a kept document with the computer's usual program for it. */
    public void openDocument(PersonDocument document) {
        if (document == null) {
            return;
        }
        BackgroundTask.of(progress -> people.documentFile(document.id()))
                .onSuccess(path -> path.ifPresent(openFile))
                .executeWith(executor);
    }

    /** Records that the person agreed to the chosen purpose, on the chosen date and in the chosen way. */
    public void recordConsent() {
        Long id = personId.get();
        LocalDate on = consentDate.get();
        if (id == null || consentPurpose.get() == null || consentMethod.get() == null || busy.get()) {
            return;
        }
        if (on == null || on.isAfter(people.today())) {
            message.set(messages.text("people.record.consent.badDate"));
            return;
        }
        ConsentPurpose purpose = consentPurpose.get();
        ConsentMethod method = consentMethod.get();
        String wording = consentWording.get();
        run(() -> people.recordConsent(id, purpose, on, method, wording),
                messages.text("people.record.consent.recorded", messages.text(purpose.labelKey())));
    }

    /** Withdraws a consent, dated today, after asking; withdrawing equality consent removes those answers. */
    public void withdraw(Consent consent) {
        if (consent == null || !consent.isActive()) {
            return;
        }
        String purpose = messages.text(consent.purpose().labelKey());
        String extra = consent.purpose() == ConsentPurpose.EQUALITY_MONITORING
                ? " " + messages.text("people.record.consent.withdraw.equality") : "";
        if (!dialogs.confirm(messages.text("people.record.consent.withdraw.title"),
                messages.text("people.record.consent.withdraw.message", purpose) + extra,
                messages.text("people.record.consent.withdraw.confirm"), messages.text("people.record.cancel"))) {
            return;
        }
        run(() -> people.withdrawConsent(consent.id(), equality),
                messages.text("people.record.consent.withdrawn", purpose));
    }

    private void run(BackgroundTask.ThrowingRunnable change, String done) {
        busy.set(true);
        BackgroundTask.ofAction(change)
                .onSuccess(nothing -> {
                    message.set(done);
                    reload();
                })
                .onFailure(error -> message.set(messages.text("people.record.failed")))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public ReadOnlyObjectProperty<Long> personIdProperty() {
        return personId;
    }

    public ReadOnlyObjectProperty<InvolvementStatus> currentStatusProperty() {
        return currentStatus;
    }

    public ObservableList<StatusChange> history() {
        return history;
    }

    public ObservableList<PersonDocument> documents() {
        return documents;
    }

    public ObservableList<Consent> consents() {
        return consents;
    }

    public ObjectProperty<InvolvementStatus> newStatusProperty() {
        return newStatus;
    }

    public ObjectProperty<LocalDate> statusDateProperty() {
        return statusDate;
    }

    public StringProperty statusNoteProperty() {
        return statusNote;
    }

    public ObjectProperty<ConsentPurpose> consentPurposeProperty() {
        return consentPurpose;
    }

    public ObjectProperty<LocalDate> consentDateProperty() {
        return consentDate;
    }

    public ObjectProperty<ConsentMethod> consentMethodProperty() {
        return consentMethod;
    }

    public StringProperty consentWordingProperty() {
        return consentWording;
    }

    /** A sentence about the last change, for the person and their screen reader. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
