package org.fourpi.toolkit.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** Database work started on a thread named as the JavaFX one is noticed: logged once, or refused when strict. */
class FxThreadCheckTest {

    private static final String QUERY = "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES";

    @TempDir
    Path temp;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(FxThreadCheck.class);
    private String strictBefore;

    @BeforeEach
    void listen() {
        strictBefore = System.clearProperty(FxThreadCheck.STRICT_PROPERTY);
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log);
        if (strictBefore != null) {
            System.setProperty(FxThreadCheck.STRICT_PROPERTY, strictBefore);
        } else {
            System.clearProperty(FxThreadCheck.STRICT_PROPERTY);
        }
    }

    /** Runs the work on a thread with the JavaFX thread's name; gives what it threw, or null. */
    private static Throwable onFxNamedThread(Runnable work) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, FxThreadCheck.FX_THREAD_NAME);
        thread.start();
        thread.join();
        return thrown.get();
    }

    @Test
    void warnsOnceWithTheStackForEachKindOfStatementOnTheWindowThread() throws Exception {
        try (DataFolder folder = DataFolder.open(temp); Database db = Database.open(folder)) {
            Throwable thrown = onFxNamedThread(() -> {
                db.dsl().fetchValue(QUERY);
                db.dsl().fetchValue(QUERY);
                db.dsl().fetchValue("SELECT 1");
            });

            assertThat(thrown).isNull();
            List<ILoggingEvent> warnings = log.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
            assertThat(warnings).extracting(ILoggingEvent::getFormattedMessage)
                    .containsExactly(
                            "Database work on the JavaFX Application Thread, which holds up the window: " + QUERY,
                            "Database work on the JavaFX Application Thread, which holds up the window: SELECT 1");
            assertThat(warnings.getFirst().getThrowableProxy().getStackTraceElementProxyArray())
                    .anySatisfy(frame -> assertThat(frame.getSTEAsString()).contains(FxThreadCheckTest.class.getName()));
        }
    }

    @Test
    void refusesAStatementOnTheWindowThreadWhenStrictNamingIt() throws Exception {
        try (DataFolder folder = DataFolder.open(temp); Database db = Database.open(folder)) {
            System.setProperty(FxThreadCheck.STRICT_PROPERTY, "true");

            Throwable thrown = onFxNamedThread(() -> db.dsl().fetchValue(QUERY));

            assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining(QUERY);
            assertThat(log.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR);
        }
    }

    @Test
    void refusesOpeningAndClosingTheDatabaseOnTheWindowThreadWhenStrict() throws Exception {
        System.setProperty(FxThreadCheck.STRICT_PROPERTY, "true");
        try (DataFolder folder = DataFolder.open(temp)) {
            Throwable opening = onFxNamedThread(() -> Database.open(folder).close());
            assertThat(opening).isInstanceOf(IllegalStateException.class).hasMessageContaining("opening");

            Database db = Database.open(folder);
            Throwable closing = onFxNamedThread(db::close);
            assertThat(closing).isInstanceOf(IllegalStateException.class).hasMessageContaining("closing");
            // Closed all the same: it opens again.
            Database.open(folder).close();
        }
    }

    @Test
    void leavesWorkOnOtherThreadsAlone() throws Exception {
        System.setProperty(FxThreadCheck.STRICT_PROPERTY, "true");
        try (DataFolder folder = DataFolder.open(temp); Database db = Database.open(folder)) {
            assertThat(db.dsl().fetchValue(QUERY)).isNotNull();
            db.transaction(dsl -> dsl.fetchValue("SELECT 1"));
        }
        assertThat(log.list).isEmpty();
    }
}
