package org.fourpi.toolkit.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit once, on a thread of its own, so that it gets ready while the data folder and the
 * database open; everything shown afterwards is handed to it with {@link #run(Runnable)}.
 */
public final class FxToolkit {

    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private boolean starting;

    /**
     * Starts the toolkit in the background, once. {@code first} is the first thing it runs, on the JavaFX
     * thread, before anything given to {@link #run(Runnable)}.
     */
    public synchronized void startInBackground(Runnable first) {
        if (starting) {
            return;
        }
        starting = true;
        Thread.ofPlatform().name("toolkit-start").daemon().start(() -> {
            try {
                Platform.startup(() -> {
                    // Closing a window does not end the program: another may open after it (protecting the data).
                    Platform.setImplicitExit(false);
                    first.run();
                });
                started.complete(null);
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
            }
        });
    }

    /** Whether the toolkit has been asked to start (it may still be starting, or have found no screen). */
    public synchronized boolean isStarting() {
        return starting;
    }

    /**
     * Runs the task on the JavaFX thread, starting the toolkit first when that has not been asked for yet.
     *
     * @throws UnsupportedOperationException when there is no screen to show a window on
     */
    public void run(Runnable task) throws InterruptedException {
        startInBackground(() -> { });
        try {
            started.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            throw (Error) e.getCause();
        }
        Platform.runLater(task);
    }

    /** Ends the toolkit if it was started, once it has; there is nothing to end when it found no screen. */
    public void exit() {
        if (isStarting() && started.handle((done, problem) -> problem == null).join()) {
            Platform.exit();
        }
    }
}
