package org.fourpi.toolkit.common.ui;

/** Runs {@link BackgroundTask}s away from the JavaFX thread and calls them back on it. */
public interface TaskExecutor {

    <T> void execute(BackgroundTask<T> task);

    /** Lets running work finish (it is never interrupted) and refuses new work. */
    void shutdown();
}
