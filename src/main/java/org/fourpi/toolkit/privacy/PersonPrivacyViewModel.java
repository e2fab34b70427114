package org.fourpi.toolkit.privacy;

import java.util.function.LongConsumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * The "Data held" part of a person's record: everything held about them as a folder, and erasing them
 * after their name is typed to confirm. Knows the person only by id.
 */
public final class PersonPrivacyViewModel {

    private final SubjectAccessService subjectAccess;
    private final ErasureService erasure;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final LongConsumer erased;

    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty alreadyErased = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty erasing = new SimpleBooleanProperty();
    private final StringProperty eraseWords = new SimpleStringProperty("");
    private final StringProperty typedName = new SimpleStringProperty("");
    private final BooleanBinding nameTyped;
    private Long personId;

    /** @param erased called with the person's id once they are erased, to show their record again */
    public PersonPrivacyViewModel(SubjectAccessService subjectAccess, ErasureService erasure, TaskExecutor executor,
                                  DialogService dialogs, Messages messages, LongConsumer erased) {
        this.subjectAccess = subjectAccess;
        this.erasure = erasure;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.erased = erased;
        nameTyped = Bindings.createBooleanBinding(() -> ErasureService.confirms(typedName.get(), name.get()),
                typedName, name);
    }

    /** Shows a saved person; null (a person not yet saved) clears it. */
    public void show(Long id) {
        // The same person shown again (their record reread after erasure) keeps the sentence about it.
        boolean same = id != null && id.equals(personId);
        personId = id;
        if (!same) {
            name.set("");
            alreadyErased.set(false);
            status.set("");
        }
        closeErase();
        if (id == null) {
            return;
        }
        BackgroundTask.of(p -> erasure.plan(id))
                .onSuccess(plan -> {
                    if (id.equals(personId)) {
                        name.set(plan.name());
                        alreadyErased.set(plan.alreadyErased());
                    }
                })
                .onFailure(error -> status.set(messages.text("privacy.person.status.loadFailed")))
                .executeWith(executor);
    }

    /** Asks for a folder and makes the subject access folder in it, in the background. */
    public void saveEverything() {
        if (busy.get() || personId == null) {
            return;
        }
        var parent = dialogs.chooseFolder(messages.text("privacy.access.chooseFolder"));
        if (parent.isEmpty()) {
            return;
        }
        long id = personId;
        busy.set(true);
        progress.set(-1);
        status.set(messages.text("privacy.access.status.working"));
        BackgroundTask.of(p -> subjectAccess.save(id, parent.get(), p))
                .onProgress(update -> progress.set(update.fraction()))
                .onSuccess(result -> status.set(messages.text("privacy.access.status.done",
                        result.folder().toString(), result.attachments())
                        + (result.missing() == 0 ? "" : " " + messages.text("privacy.access.status.missing",
                        result.missing()))))
                .onFailure(error -> status.set(messages.text("privacy.access.status.failed")))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Says what erasing will do and asks for the person's name to be typed. */
    public void startErase() {
        if (busy.get() || personId == null || alreadyErased.get()) {
            return;
        }
        long id = personId;
        busy.set(true);
        BackgroundTask.of(p -> erasure.plan(id))
                .onSuccess(plan -> {
                    if (Long.valueOf(id).equals(personId)) {
                        name.set(plan.name());
                        eraseWords.set(words(plan));
                        typedName.set("");
                        erasing.set(true);
                        status.set("");
                    }
                })
                .onFailure(error -> status.set(messages.text("privacy.person.status.loadFailed")))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    public void closeErase() {
        erasing.set(false);
        typedName.set("");
        eraseWords.set("");
    }

    /** Erases the person, once their name is typed and the question is answered yes. */
    public void erase() {
        if (busy.get() || personId == null || !erasing.get()) {
            return;
        }
        if (!nameTyped.get()) {
            status.set(messages.text("privacy.erase.status.typeName", name.get()));
            return;
        }
        if (!dialogs.confirmRisky(messages.text("privacy.erase.confirm.title", name.get()), eraseWords.get(),
                messages.text("privacy.erase.confirm.yes"), messages.text("privacy.erase.confirm.no"))) {
            return;
        }
        long id = personId;
        String typed = typedName.get();
        busy.set(true);
        progress.set(-1);
        status.set(messages.text("privacy.erase.status.working"));
        BackgroundTask.of(p -> erasure.erase(id, typed))
                .onSuccess(result -> {
                    closeErase();
                    alreadyErased.set(true);
                    name.set(result.pseudonym());
                    String done = messages.text("privacy.erase.status.done", result.pseudonym());
                    status.set(result.filesLeft().isEmpty() ? done
                            : done + " " + messages.text("privacy.erase.status.filesLeft", result.filesLeft().size()));
                    erased.accept(id);
                })
                .onFailure(error -> status.set(messages.text("privacy.erase.status.failed")))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    String words(ErasurePlan plan) {
        StringBuilder text = new StringBuilder(messages.text("privacy.erase.words.name", plan.name()));
        text.append(' ').append(messages.text("privacy.erase.words.details"));
        if (plan.documents() > 0) {
            text.append(' ').append(messages.text("privacy.erase.words.documents", plan.documents()));
        }
        if (plan.claims() > 0) {
            text.append(' ').append(messages.text("privacy.erase.words.claims", plan.claims(),
                    RetentionReviewViewModel.longDay(plan.keepClaimsUntil())));
        }
        if (plan.meetings() + plan.assessments() > 0) {
            text.append(' ').append(messages.text("privacy.erase.words.counted", plan.meetings(), plan.assessments()));
        }
        text.append(' ').append(messages.text("privacy.erase.words.final"));
        return text.toString();
    }

    /** The person's name, to type to confirm erasure. */
    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public ReadOnlyBooleanProperty alreadyErasedProperty() {
        return alreadyErased;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** From 0 to 1, or -1 while the amount of work is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** A sentence about the last thing done. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** True while the erase question is open. */
    public ReadOnlyBooleanProperty erasingProperty() {
        return erasing;
    }

    /** What erasing will do, in words. */
    public ReadOnlyStringProperty eraseWordsProperty() {
        return eraseWords;
    }

    public StringProperty typedNameProperty() {
        return typedName;
    }

    /** True once the typed name is the person's. */
    public BooleanBinding nameTypedProperty() {
        return nameTyped;
    }
}
