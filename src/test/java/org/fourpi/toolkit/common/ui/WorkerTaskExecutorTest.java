package org.fourpi.toolkit.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class WorkerTaskExecutorTest {

    /** Stands in for the JavaFX thread: callbacks queue here and run when the test says. */
    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final List<Throwable> unexpected = new ArrayList<>();

    private void runUi(int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            Runnable next = uiQueue.poll(10, TimeUnit.SECONDS);
            assertThat(next).as("a callback for the user-interface thread").isNotNull();
            next.run();
        }
    }

    @Test
    void runsWorkAwayFromTheCallerAndReportsBackOnTheUiThread() throws Exception {
        WorkerTaskExecutor executor = WorkerTaskExecutor.pooled(uiQueue::add, unexpected::add);
        List<String> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();

        BackgroundTask.of(progress -> {
                    assertThat(Thread.currentThread()).isNotSameAs(caller);
                    progress.update(1, 2, "half way");
                    return "done";
                })
                .onProgress(update -> seen.add(update.message() + " " + update.fraction()))
                .onSuccess(value -> seen.add(value))
                .onFinished(() -> seen.add("finished"))
                .executeWith(executor);
        runUi(2);

        assertThat(seen).containsExactly("half way 0.5", "done", "finished");
        executor.shutdown();
    }

    @Test
    void sendsFailuresNobodyHandledToTheErrorReporter() throws Exception {
        WorkerTaskExecutor executor = WorkerTaskExecutor.pooled(uiQueue::add, unexpected::add);
        BackgroundTask.of(progress -> {
            throw new IllegalStateException("broken");
        }).executeWith(executor);
        runUi(1);
        assertThat(unexpected).singleElement().satisfies(e -> assertThat(e).hasMessage("broken"));

        List<Throwable> handled = new ArrayList<>();
        BackgroundTask.of(progress -> {
            throw new IllegalStateException("expected");
        }).onFailure(handled::add).executeWith(executor);
        runUi(1);
        assertThat(handled).hasSize(1);
        assertThat(unexpected).hasSize(1);
        executor.shutdown();
    }

    @Test
    void stopsWorkAtItsNextStepWhenAskedWithoutInterruptingIt() throws Exception {
        WorkerTaskExecutor executor = WorkerTaskExecutor.pooled(uiQueue::add, unexpected::add);
        CountDownLatch started = new CountDownLatch(1);
        BackgroundTask<Integer> task = BackgroundTask.of(progress -> {
            started.countDown();
            int steps = 0;
            while (!progress.isCancelRequested() && steps < 1_000_000) {
                Thread.sleep(1);
                steps++;
            }
            return Thread.currentThread().isInterrupted() ? -1 : steps;
        });
        List<Integer> result = new ArrayList<>();
        task.onSuccess(result::add).executeWith(executor);

        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        task.requestCancel();
        runUi(1);

        assertThat(result).singleElement().satisfies(steps -> assertThat(steps).isBetween(0, 999_999));
        executor.shutdown();
    }
}
