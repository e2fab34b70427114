package org.fourpi.toolkit.security;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.FileType;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.PrintChoice;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * The passphrase part of Settings: whether the data is protected, turning protection on, changing the
 * passphrase and saving a recovery sheet. Turning it on closes the window; the program protects the data
 * and opens again.
 */
public final class SecurityViewModel {

    private final SecurityService security;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Runnable closeWindow;

    private final BooleanProperty protectedNow = new SimpleBooleanProperty();
    private final BooleanProperty pending = new SimpleBooleanProperty();
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final StringProperty statusText = new SimpleStringProperty("");
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty again = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    /**
     * @param closeWindow closes the main window (asking about unsaved work first), for turning protection on
     */
    public SecurityViewModel(SecurityService security, TaskExecutor executor, DialogService dialogs,
                             Messages messages, Runnable closeWindow) {
        this.security = security;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.closeWindow = closeWindow;
        protectedNow.addListener((obs, was, is) -> showStatus());
        pending.addListener((obs, was, is) -> showStatus());
    }

    /** Reads whether the data is protected. */
    public void load() {
        BackgroundTask.of(progress -> security.isProtected())
                .onSuccess(is -> {
                    protectedNow.set(is);
                    pending.set(security.pendingProtection().isPresent());
                    showStatus();
                })
                .executeWith(executor);
    }

    private void showStatus() {
        statusText.set(messages.text(pending.get() ? "security.status.pending"
                : protectedNow.get() ? "security.status.on" : "security.status.off"));
    }

    /**
     * Checks the new passphrase, makes the key, offers the recovery sheet, then asks to close the window so
     * that the data can be protected.
     */
    public void turnOn() {
        if (working.get() || !checkNew()) {
            return;
        }
        char[] typed = passphrase.get().toCharArray();
        char[] typedAgain = again.get().toCharArray();
        begin("security.working.prepare");
        BackgroundTask.of(progress -> security.prepare(typed, typedAgain))
                .onSuccess(this::offerSheetThenClose)
                .onFailure(this::failed)
                .onFinished(() -> working.set(false))
                .executeWith(executor);
    }

    private void offerSheetThenClose(SecurityService.Protection protection) {
        passphrase.set("");
        again.set("");
        message.set("");
        Optional<Path> chosen = chooseSheetFile();
        if (chosen.isEmpty()) {
            if (dialogs.confirmRisky(messages.text("security.sheet.skip.title"),
                    messages.text("security.sheet.skip.message"), messages.text("security.sheet.skip.carryOn"),
                    messages.text("security.sheet.skip.back"))) {
                confirmClose(protection);
            }
            return;
        }
        Path pdf = chosen.get();
        begin("security.working.sheet");
        BackgroundTask.ofAction(() -> security.saveRecoverySheet(protection, pdf))
                .onSuccess(done -> {
                    message.set(messages.text("security.sheet.savedBeforeProtecting", pdf));
                    confirmClose(protection);
                })
                .onFailure(error -> message.set(messages.text("security.sheet.failed")))
                .onFinished(() -> working.set(false))
                .executeWith(executor);
    }

    private void confirmClose(SecurityService.Protection protection) {
        if (dialogs.confirm(messages.text("security.turnOn.confirm.title"),
                messages.text("security.turnOn.confirm.message"), messages.text("security.turnOn.confirm.yes"),
                messages.text("security.turnOn.confirm.no"))) {
            security.requestProtection(protection);
            pending.set(true);
            closeWindow.run();
        }
    }

    /** Changes the passphrase: the current one (or the recovery code) first, then the new one twice. */
    public void changePassphrase() {
        if (working.get()) {
            return;
        }
        if (current.get().isEmpty()) {
            problem.set(messages.text("security.passphrase.currentMissing"));
            return;
        }
        if (!checkNew()) {
            return;
        }
        char[] old = current.get().toCharArray();
        char[] typed = passphrase.get().toCharArray();
        char[] typedAgain = again.get().toCharArray();
        begin("security.working.change");
        BackgroundTask.ofAction(() -> security.changePassphrase(old, typed, typedAgain))
                .onSuccess(done -> {
                    current.set("");
                    passphrase.set("");
                    again.set("");
                    message.set(messages.text("security.changed"));
                })
                .onFailure(this::failed)
                .onFinished(() -> working.set(false))
                .executeWith(executor);
    }

    /** Makes a new recovery code and saves the sheet that shows it; an older sheet stops working. */
    public void saveRecoverySheet() {
        if (working.get()) {
            return;
        }
        Optional<Path> chosen = chooseSheetFile();
        if (chosen.isEmpty()) {
            return;
        }
        Path pdf = chosen.get();
        begin("security.working.sheet");
        BackgroundTask.ofAction(() -> security.saveNewRecoverySheet(pdf))
                .onSuccess(done -> message.set(messages.text("security.sheet.saved", pdf)))
                .onFailure(error -> message.set(messages.text("security.sheet.failed")))
                .onFinished(() -> working.set(false))
                .executeWith(executor);
    }

    /** Makes a new recovery code and prints the sheet that shows it; an older sheet stops working. */
    public void printRecoverySheet() {
        if (working.get()) {
            return;
        }
        switch (dialogs.choosePrinter(messages.text("security.sheet.jobName"))) {
            case PrintChoice.NoPrinter none -> message.set(messages.text("security.sheet.noPrinter"));
            case PrintChoice.Cancelled cancelled -> message.set(messages.text("security.sheet.printCancelled"));
            case PrintChoice.Chosen chosen -> {
                begin("security.working.sheet");
                BackgroundTask.of(progress -> security.printNewRecoverySheet(chosen.printer(), progress))
                        .onSuccess(pages -> message.set(messages.text("security.sheet.printed")))
                        .onFailure(error -> message.set(messages.text("security.sheet.printFailed")))
                        .onFinished(() -> working.set(false))
                        .executeWith(executor);
            }
        }
    }

    private Optional<Path> chooseSheetFile() {
        return dialogs.chooseFileToSave(messages.text("security.sheet.chooseTitle"),
                new FileType(messages.text("security.sheet.fileType"), List.of("*.pdf")),
                messages.text("security.sheet.fileName"));
    }

    private boolean checkNew() {
        Optional<PassphraseProblem> broken = PassphraseRules.check(passphrase.get().toCharArray(),
                again.get().toCharArray());
        problem.set(broken.map(p -> messages.text(p.messageKey())).orElse(""));
        return broken.isEmpty();
    }

    private void begin(String workingKey) {
        working.set(true);
        problem.set("");
        message.set(messages.text(workingKey));
    }

    private void failed(Throwable error) {
        message.set("");
        if (error instanceof WrongPassphraseException) {
            current.set("");
            problem.set(messages.text("security.passphrase.currentWrong"));
        } else if (error instanceof InvalidPassphraseException invalid) {
            problem.set(messages.text(invalid.problem().messageKey()));
        } else {
            problem.set(messages.text("security.failed"));
        }
    }

    public ReadOnlyBooleanProperty protectedProperty() {
        return protectedNow;
    }

    public ReadOnlyBooleanProperty pendingProperty() {
        return pending;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }

    /** Whether the data is protected, in words. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText;
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty againProperty() {
        return again;
    }

    /** Why what was typed was refused, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** What is happening or has happened. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
