package org.fourpi.toolkit.common.ui;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles errors nobody expected: logs them with their stack trace and tells the person, in plain
 * words, what happened, that their saved records are safe, and where the log is.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler, Consumer<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final Messages messages;
    private final Path logFile;
    private final Consumer<Runnable> uiThread;
    private final AtomicBoolean showing = new AtomicBoolean();
    private DialogService dialogs;

    public ErrorReporter(Messages messages, Path logFile, Consumer<Runnable> uiThread) {
        this.messages = messages;
        this.logFile = logFile;
        this.uiThread = uiThread;
    }

    /** Once the main window exists, errors are shown in a dialog as well as logged. */
    public void showDialogsWith(DialogService dialogService) {
        this.dialogs = dialogService;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        accept(error);
    }

    @Override
    public void accept(Throwable error) {
        LOG.error("Unexpected error", error);
        DialogService dialogService = dialogs;
        if (dialogService == null || !showing.compareAndSet(false, true)) {
            return;
        }
        uiThread.accept(() -> {
            try {
                dialogService.showError(messages.text("error.unexpected.title"),
                        messages.text("error.unexpected.message", logFile.toString()));
            } finally {
                showing.set(false);
            }
        });
    }
}
