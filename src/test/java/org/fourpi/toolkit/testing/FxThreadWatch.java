package org.fourpi.toolkit.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fourpi.toolkit.common.db.FxThreadCheck;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingStream;

/**
 * Watches, while open, for work that would hold up the window: database statements (the program's own
 * check, made strict) and file reads and writes in the data or temporary folders (Java Flight Recorder)
 * on the JavaFX Application Thread. {@link #stop()} gives each one found, with where it started.
 */
public final class FxThreadWatch implements AutoCloseable {

    private static final String FX_THREAD = "JavaFX Application Thread";
    private static final List<String> FILE_EVENTS = List.of("jdk.FileRead", "jdk.FileWrite", "jdk.FileForce");
    // Class loading, fonts, native libraries and the JDK itself are not the program's files.
    private static final List<String> NOT_OURS = List.of(".jar", ".class", ".so", ".dll", ".dylib", ".ttf", ".otf",
            ".ttc", ".pfb");

    private static final String FONT_LOADING = "com.sun.javafx.font.";

    private final List<Path> watched;
    private final Path javaHome = Path.of(System.getProperty("java.home")).toAbsolutePath().normalize();
    private final RecordingStream files = new RecordingStream();
    private final Map<String, String> fileWork = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> fileWorkOrder = new ConcurrentLinkedQueue<>();
    private final ListAppender<ILoggingEvent> databaseWork = new ListAppender<>();
    private final Logger checkLog = (Logger) LoggerFactory.getLogger(FxThreadCheck.class);
    private final String strictBefore;
    private boolean stopped;

    /**
     * The folders the program's and the tests' own classes and resources are read from (FXML, styles,
     * images, the framework): part of the program, as they are inside its jar once installed, and in a
     * temporary folder when a clone of the project is built there.
     */
    private static final List<Path> PROGRAM_FILES = Stream.of(FxThreadCheck.class, FxThreadWatch.class)
            .map(FxThreadWatch::codeSource).flatMap(Optional::stream).toList();

    private static Optional<Path> codeSource(Class<?> type) {
        try {
            return Optional.of(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize());
        } catch (URISyntaxException | RuntimeException unknown) {
            return Optional.empty();
        }
    }

    private FxThreadWatch(Path dataFolder) {
        this.watched = List.of(dataFolder.toAbsolutePath().normalize(),
                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize());
        strictBefore = System.setProperty(FxThreadCheck.STRICT_PROPERTY, "true");
        databaseWork.start();
        checkLog.addAppender(databaseWork);
        for (String event : FILE_EVENTS) {
            files.enable(event).withThreshold(Duration.ZERO).withStackTrace();
        }
        for (String event : FILE_EVENTS) {
            files.onEvent(event, this::fileEvent);
        }
        files.startAsync();
    }

    /** Starts watching the data folder (and the temporary folder). */
    public static FxThreadWatch start(Path dataFolder) {
        return new FxThreadWatch(dataFolder);
    }

    private void fileEvent(RecordedEvent event) {
        if (event.getThread() == null || !FX_THREAD.equals(event.getThread().getJavaName())
                || !event.hasField("path") || event.getString("path") == null) {
            return;
        }
        String path = event.getString("path");
        Path file;
        try {
            file = Path.of(path).toAbsolutePath().normalize();
        } catch (RuntimeException notAPath) {
            return;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (file.startsWith(javaHome) || NOT_OURS.stream().anyMatch(lower::endsWith)
                || PROGRAM_FILES.stream().anyMatch(file::startsWith)
                || watched.stream().noneMatch(file::startsWith)) {
            return;
        }
        List<RecordedFrame> frames = event.getStackTrace() == null ? List.of() : event.getStackTrace().getFrames();
        // Fonts loaded from the program's resources (the icons) pass through a temporary file of JavaFX's own.
        if (frames.stream().anyMatch(f -> f.getMethod().getType().getName().startsWith(FONT_LOADING))) {
            return;
        }
        String stack = frames.stream().map(FxThreadWatch::frame).collect(Collectors.joining("\n"));
        // A file read to its end is several reads from one place in the program: one report for them.
        String caller = frames.stream().map(FxThreadWatch::frame).filter(f -> !f.startsWith("    at java.")
                && !f.startsWith("    at sun.") && !f.startsWith("    at jdk.")).findFirst().orElse(stack);
        String key = event.getEventType().getLabel() + " " + path + " " + caller;
        if (fileWork.putIfAbsent(key, event.getEventType().getLabel() + " on the JavaFX thread: " + path + "\n"
                + stack) == null) {
            fileWorkOrder.add(key);
        }
    }

    private static String frame(RecordedFrame frame) {
        return "    at " + frame.getMethod().getType().getName() + "." + frame.getMethod().getName()
                + (frame.getLineNumber() > 0 ? ":" + frame.getLineNumber() : "");
    }

    private static String databaseEntry(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage());
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            for (StackTraceElementProxy frame : thrown.getStackTraceElementProxyArray()) {
                text.append("\n    ").append(frame.getSTEAsString());
            }
        }
        return text.toString();
    }

    /**
     * Stops watching, once every file event so far has been delivered, and gives what was found on the
     * JavaFX thread: database work first, then file reads and writes.
     */
    public List<String> stop() {
        if (!stopped) {
            stopped = true;
            // Stopping waits until every recorded event has been handed to the callbacks.
            files.stop();
            files.close();
            checkLog.detachAppender(databaseWork);
            if (strictBefore == null) {
                System.clearProperty(FxThreadCheck.STRICT_PROPERTY);
            } else {
                System.setProperty(FxThreadCheck.STRICT_PROPERTY, strictBefore);
            }
        }
        List<String> found = new ArrayList<>();
        databaseWork.list.forEach(event -> found.add(databaseEntry(event)));
        fileWorkOrder.forEach(key -> found.add(fileWork.get(key)));
        return found;
    }

    @Override
    public void close() {
        stop();
    }
}
