package org.fourpi.toolkit.common.ui;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A piece of work to run away from the JavaFX thread, with callbacks that a {@link TaskExecutor}
 * runs back on the JavaFX thread: on success, on failure, on progress and when finished.
 *
 * @param <T> what the work produces
 */
public final class BackgroundTask<T> {

    /** The work itself; it may report progress and should stop between steps when asked. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** One progress report: {@code done} of {@code total}, with a message. */
    public record ProgressUpdate(long done, long total, String message) {
        /** The share done, from 0 to 1, or -1 when the total is not known. */
        public double fraction() {
            return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
        }
    }

    private final Work<T> work;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure;
    private Consumer<ProgressUpdate> onProgress = update -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Work that produces nothing. */
    public static BackgroundTask<Void> ofAction(ThrowingRunnable action) {
        return new BackgroundTask<>(progress -> {
            action.run();
            return null;
        });
    }

    /** A runnable that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    /** Without this, a failure goes to the executor's handler for unexpected errors. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onProgress(Consumer<ProgressUpdate> callback) {
        this.onProgress = Objects.requireNonNull(callback);
        return this;
    }

    /** Runs after success or failure. */
    public BackgroundTask<T> onFinished(Runnable callback) {
        this.onFinished = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> executeWith(TaskExecutor executor) {
        executor.execute(this);
        return this;
    }

    /** Asks the work to stop at its next step. Nothing is interrupted. */
    public void requestCancel() {
        cancelRequested.set(true);
    }

    public boolean isCancelRequested() {
        return cancelRequested.get();
    }

    Work<T> work() {
        return work;
    }

    void succeeded(T value) {
        try {
            onSuccess.accept(value);
        } finally {
            onFinished.run();
        }
    }

    /** Returns false when no failure callback was given, so the caller reports it. */
    boolean failed(Throwable error) {
        try {
            if (onFailure == null) {
                return false;
            }
            onFailure.accept(error);
            return true;
        } finally {
            onFinished.run();
        }
    }

    void progressed(ProgressUpdate update) {
        onProgress.accept(update);
    }
}
