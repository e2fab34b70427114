package org.fourpi.toolkit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;
import org.fourpi.toolkit.Services;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.ViewLoader;
import org.fourpi.toolkit.common.ui.WorkerTaskExecutor;
import org.fourpi.toolkit.people.PeopleListView;
import org.fourpi.toolkit.people.PeopleListViewModel;
import org.fourpi.toolkit.testing.RecordingDialogs;

/**
 * The JavaFX side of the benchmark (headless with Monocle): the People list in a real scene, timed
 * to the layout pulse that shows its rows, and a frame timer that records the longest gap between
 * pulses while work runs in the background.
 */
final class WindowProbe implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 120;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final AtomicLong lastFrame = new AtomicLong();
    private final AtomicLong longestGap = new AtomicLong();
    private volatile boolean watching;
    private final Messages messages;
    private AnimationTimer timer;
    private Stage stage;

    private WindowProbe(Messages messages) {
        this.messages = messages;
    }

    /** Starts the toolkit, with the program's theme, a window and a frame timer that runs all the time. */
    static WindowProbe start(Messages messages) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        WindowProbe probe = new WindowProbe(messages);
        probe.onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            probe.stage = new Stage();
            probe.stage.setScene(new Scene(new Label("Benchmark"), 1280, 800));
            probe.stage.show();
            probe.timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long last = probe.lastFrame.getAndSet(now);
                    if (probe.watching && last != 0) {
                        probe.longestGap.accumulateAndGet(now - last, Math::max);
                    }
                }
            };
            probe.timer.start();
            return null;
        });
        return probe;
    }

    /** Runs the work on this thread while the window draws frames; returns the longest gap in milliseconds. */
    double longestFrameGapWhile(Runnable work) {
        longestGap.set(0);
        lastFrame.set(0);
        watching = true;
        try {
            work.run();
        } finally {
            watching = false;
        }
        return longestGap.get() / 1e6;
    }

    /** Timings of the People list in a real window. */
    /**
     * @param firstShowCpuMillis the whole Java process's processor time over the first show (every thread:
     *                           the JavaFX thread, the background read, H2 and the garbage collector)
     * @param firstShowFxCpuMillis the JavaFX thread's processor time over the first show
     * @param everyoneMillis     from building the view to the layout pulse after the whole register is in
     *                           the list (the first show may be the first screenful, with the rest following)
     * @param keystrokeCpuMillis the JavaFX thread's processor time for each letter, from setting the
     *                           filter to the end of the layout pulse that shows the rows
     */
    record PeopleListTimes(double firstShowMillis, double firstShowCpuMillis, double firstShowFxCpuMillis,
                           double everyoneMillis,
                           List<Double> keystrokeMillis, List<Double> keystrokeCpuMillis, int rows,
                           int shownAfterTyping) {
    }

    /**
     * Opens the People list as the program does (the view model reads everyone in the background),
     * timing from building the view to the first layout pulse that shows rows, and to the pulse after
     * the whole register is in the list; then types the text
     * one letter at a time into the view model's filter, timing each letter to the pulse that shows
     * the filtered rows.
     */
    PeopleListTimes peopleList(Services services, String typed) throws Exception {
        WorkerTaskExecutor executor = WorkerTaskExecutor.pooled(Platform::runLater, Throwable::printStackTrace);
        try {
            CompletableFuture<long[]> shown = new CompletableFuture<>();
            CompletableFuture<Long> everyone = new CompletableFuture<>();
            PeopleListViewModel[] model = new PeopleListViewModel[1];
            @SuppressWarnings("unchecked")
            TableView<PeopleListViewModel.Row>[] table = new TableView[1];
            long[] start = onFx(() -> {
                long[] t0 = {System.nanoTime(), processCpuNanos(), THREADS.getCurrentThreadCpuTime()};
                model[0] = new PeopleListViewModel(services.people(), services.peopleExport(), executor,
                        new RecordingDialogs(), messages, id -> { }, () -> { });
                Parent root = new ViewLoader(messages).load(new PeopleListView(model[0], messages, () -> { }));
                table[0] = findTable(root);
                Scene scene = new Scene(root, 1280, 800);
                scene.addPostLayoutPulseListener(() -> {
                    if (!shown.isDone() && showsRows(table[0])) {
                        shown.complete(new long[] {System.nanoTime(), processCpuNanos(),
                                THREADS.getCurrentThreadCpuTime()});
                    }
                    if (shown.isDone() && !everyone.isDone() && !model[0].loadingProperty().get()) {
                        everyone.complete(System.nanoTime());
                    }
                });
                stage.setScene(scene);
                model[0].refresh();
                return t0;
            });
            long[] end0 = shown.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            double firstShow = (end0[0] - start[0]) / 1e6;
            double firstShowCpu = (end0[1] - start[1]) / 1e6;
            double firstShowFxCpu = (end0[2] - start[2]) / 1e6;
            // Typing starts once the whole register is in the list, so each letter filters everyone.
            double everyoneShown = (everyone.get(TIMEOUT_SECONDS, TimeUnit.SECONDS) - start[0]) / 1e6;
            int rows = onFx(() -> model[0].shownRows().size());

            List<Double> keystrokes = new ArrayList<>();
            List<Double> keystrokeCpu = new ArrayList<>();
            for (int i = 1; i <= typed.length(); i++) {
                Thread.sleep(120); // about the pace of quick typing
                String text = typed.substring(0, i);
                CompletableFuture<long[]> laidOut = new CompletableFuture<>();
                Runnable listener = () -> laidOut.complete(new long[] {System.nanoTime(),
                        THREADS.getCurrentThreadCpuTime()});
                long[] start0 = onFx(() -> {
                    long[] now = {System.nanoTime(), THREADS.getCurrentThreadCpuTime()};
                    model[0].filterTextProperty().set(text);
                    stage.getScene().addPostLayoutPulseListener(listener);
                    Platform.requestNextPulse();
                    return now;
                });
                long[] end = laidOut.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                keystrokes.add((end[0] - start0[0]) / 1e6);
                keystrokeCpu.add((end[1] - start0[1]) / 1e6);
                onFx(() -> {
                    stage.getScene().removePostLayoutPulseListener(listener);
                    return null;
                });
            }
            int shownAfter = onFx(() -> table[0].getItems().size());
            onFx(() -> {
                stage.setScene(new Scene(new Label("Benchmark"), 1280, 800));
                return null;
            });
            return new PeopleListTimes(firstShow, firstShowCpu, firstShowFxCpu, everyoneShown, keystrokes, keystrokeCpu, rows, shownAfter);
        } finally {
            executor.shutdown();
        }
    }

    /** The processor time of every thread of this Java so far. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    @SuppressWarnings("unchecked")
    private static TableView<PeopleListViewModel.Row> findTable(Parent root) {
        Node node = root.lookup(".table-view");
        if (node == null) {
            throw new IllegalStateException("The People list has no table");
        }
        return (TableView<PeopleListViewModel.Row>) node;
    }

    /** True once the table has rows and at least one row on screen shows a person. */
    private static boolean showsRows(TableView<?> table) {
        if (table.getItems().isEmpty()) {
            return false;
        }
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.isVisible() && row.getItem() != null) {
                return true;
            }
        }
        return false;
    }

    private <T> T onFx(Supplier<T> work) throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        onFx(() -> {
            timer.stop();
            stage.hide();
            return null;
        });
        Platform.exit();
    }
}
