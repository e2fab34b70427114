package org.fourpi.toolkit.testing;

import java.util.ArrayList;
import java.util.List;

import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.TaskExecutor;
import org.fourpi.toolkit.common.ui.WorkerTaskExecutor;

/** Runs background work at once on the calling thread, so view models can be tested without a window. */
public final class SameThreadExecutor implements TaskExecutor {

    private final List<Throwable> unexpected = new ArrayList<>();
    private final TaskExecutor delegate = new WorkerTaskExecutor(Runnable::run, Runnable::run, unexpected::add);

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        delegate.execute(task);
    }

    @Override
    public void shutdown() {
        delegate.shutdown();
    }

    /** Errors that no task's failure callback took. */
    public List<Throwable> unexpected() {
        return unexpected;
    }
}
