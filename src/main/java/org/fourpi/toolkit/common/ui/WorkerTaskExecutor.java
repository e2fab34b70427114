package org.fourpi.toolkit.common.ui;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The program's {@link TaskExecutor}: a small pool of worker threads, with callbacks handed to the
 * user-interface thread through the given executor (Platform::runLater in the program).
 */
public final class WorkerTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerTaskExecutor.class);

    private final Executor workers;
    private final Executor uiThread;
    private final Consumer<Throwable> unexpected;

    /**
     * @param workers    runs the work (a thread pool in the program; the calling thread in tests)
     * @param uiThread   runs the callbacks
     * @param unexpected takes failures that the task itself does not handle
     */
    public WorkerTaskExecutor(Executor workers, Executor uiThread, Consumer<Throwable> unexpected) {
        this.workers = workers;
        this.uiThread = uiThread;
        this.unexpected = unexpected;
    }

    /** Two daemon worker threads: enough for a desktop program on a small laptop. */
    public static WorkerTaskExecutor pooled(Executor uiThread, Consumer<Throwable> unexpected) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "toolkit-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return new WorkerTaskExecutor(Executors.newFixedThreadPool(2, factory), uiThread, unexpected);
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        workers.execute(() -> {
            Progress progress = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    var update = new BackgroundTask.ProgressUpdate(done, total, message);
                    uiThread.execute(() -> task.progressed(update));
                }

                @Override
                public boolean isCancelRequested() {
                    return task.isCancelRequested();
                }
            };
            try {
                T value = task.work().run(progress);
                uiThread.execute(() -> task.succeeded(value));
            } catch (Throwable error) {
                uiThread.execute(() -> {
                    if (!task.failed(error)) {
                        unexpected.accept(error);
                    } else if (!(error instanceof CancellationException)) {
                        // The screen tells the person in its own words; the log keeps the details.
                        LOG.warn("Background work failed", error);
                    }
                });
            }
        });
    }

    @Override
    public void shutdown() {
        if (workers instanceof ExecutorService pool) {
            pool.shutdown();
            awaitTermination(pool, Duration.ofSeconds(30));
        }
    }

    private static void awaitTermination(ExecutorService workers, Duration limit) {
        try {
            if (!workers.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Background work was still running after {} s at shutdown", limit.toSeconds());
            }
        } catch (InterruptedException e) {
            LOG.warn("Stopped waiting for background work at shutdown");
        }
    }
}
