package org.fourpi.toolkit.security;

import java.util.Arrays;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.fourpi.toolkit.common.db.DataKey;
import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * The small window that asks for the passphrase before protected data opens. Each try takes the time
 * Argon2id takes, away from the JavaFX thread; tries are not counted.
 */
public final class UnlockViewModel {

    /** Opens the data with what was typed. */
    @FunctionalInterface
    public interface Unlocker {
        DataKey unlock(char[] passphrase) throws WrongPassphraseException;
    }

    private final Unlocker unlocker;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<DataKey> onUnlocked;
    private final Runnable onQuit;
    private final String folder;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final BooleanProperty wrong = new SimpleBooleanProperty();

    public UnlockViewModel(Unlocker unlocker, TaskExecutor executor, Messages messages, String folder,
                           Consumer<DataKey> onUnlocked, Runnable onQuit) {
        this.unlocker = unlocker;
        this.executor = executor;
        this.messages = messages;
        this.folder = folder;
        this.onUnlocked = onUnlocked;
        this.onQuit = onQuit;
    }

    /** Tries what was typed; a wrong passphrase says so and clears the field for another try. */
    public void open() {
        if (working.get()) {
            return;
        }
        String typed = passphrase.get();
        if (typed == null || typed.isEmpty()) {
            wrong.set(true);
            message.set(messages.text("unlock.empty"));
            return;
        }
        char[] secret = typed.toCharArray();
        working.set(true);
        wrong.set(false);
        message.set(messages.text("unlock.working"));
        BackgroundTask.of(progress -> unlocker.unlock(secret))
                .onSuccess(key -> {
                    message.set("");
                    passphrase.set("");
                    onUnlocked.accept(key);
                })
                .onFailure(error -> {
                    passphrase.set("");
                    wrong.set(true);
                    message.set(messages.text(error instanceof WrongPassphraseException ? "unlock.wrong"
                            : "startup.keyFileDamaged", folder));
                })
                .onFinished(() -> {
                    Arrays.fill(secret, '\0');
                    working.set(false);
                })
                .executeWith(executor);
    }

    public void quit() {
        onQuit.run();
    }

    public String folderText() {
        return messages.text("unlock.folder", folder);
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    /** What happened: checking, wrong, or nothing. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }

    /** Whether the last try failed, to mark the field as well as say so in words. */
    public ReadOnlyBooleanProperty wrongProperty() {
        return wrong;
    }
}
