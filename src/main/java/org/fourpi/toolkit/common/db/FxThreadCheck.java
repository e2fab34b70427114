package org.fourpi.toolkit.common.db;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices database work started on the JavaFX Application Thread, where it would freeze the window. It
 * logs a warning with the stack once per statement; with the system property {@value #STRICT_PROPERTY}
 * set to true (as tests do) it refuses the work instead, naming the statement.
 */
public final class FxThreadCheck implements ExecuteListener {

    /** Set to true to make work on the window's thread fail at once instead of being logged. */
    public static final String STRICT_PROPERTY = "toolkit.strictThreads";

    /** The name JavaFX gives its thread; compared by name, as this layer may not know JavaFX. */
    static final String FX_THREAD_NAME = "JavaFX Application Thread";

    private static final Logger LOG = LoggerFactory.getLogger(FxThreadCheck.class);
    // Enough for every statement the program has; past it nothing more is remembered or logged.
    private static final int MOST_REMEMBERED = 500;

    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    @Override
    public void executeStart(ExecuteContext ctx) {
        if (onFxThread()) {
            refuseOrWarn(statementOf(ctx));
        }
    }

    /** Checks work done on the database without jOOQ, such as opening, migrating, copying or closing it. */
    public void check(String work) {
        if (onFxThread()) {
            refuseOrWarn(work);
        }
    }

    private void refuseOrWarn(String statement) {
        if (Boolean.getBoolean(STRICT_PROPERTY)) {
            IllegalStateException refused = new IllegalStateException(
                    "Database work on the JavaFX Application Thread: " + statement);
            // Logged as well, in case the caller swallows the exception.
            LOG.error("Refused: {}", refused.getMessage(), refused);
            throw refused;
        }
        if (warned.size() < MOST_REMEMBERED && warned.add(statement)) {
            LOG.warn("Database work on the JavaFX Application Thread, which holds up the window: {}", statement,
                    new IllegalStateException("started here"));
        }
    }

    private static boolean onFxThread() {
        return FX_THREAD_NAME.equals(Thread.currentThread().getName());
    }

    /** The statement's SQL with its values left out, so each kind of statement is named, not each run of it. */
    private static String statementOf(ExecuteContext ctx) {
        if (ctx.sql() != null) {
            return ctx.sql();
        }
        if (ctx.batchSQL() != null && ctx.batchSQL().length > 0 && ctx.batchSQL()[0] != null) {
            return String.join("; ", ctx.batchSQL());
        }
        return ctx.type() + " statement";
    }
}
