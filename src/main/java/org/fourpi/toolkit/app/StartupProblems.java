package org.fourpi.toolkit.app;

import org.fourpi.toolkit.common.db.DataFolderException;
import org.fourpi.toolkit.common.ui.Messages;

/** Plain words and exit codes for a data folder the program could not open. */
public final class StartupProblems {

    public static final int EXIT_ALREADY_OPEN = 2;
    public static final int EXIT_NOT_WRITABLE = 3;
    public static final int EXIT_UNREADABLE = 4;

    private StartupProblems() {
    }

    public static String title(DataFolderException problem, Messages messages) {
        return messages.text(switch (problem.reason()) {
            case ALREADY_OPEN -> "startup.alreadyOpen.title";
            case NOT_WRITABLE -> "startup.notWritable.title";
            case UNREADABLE -> "startup.unreadable.title";
        });
    }

    public static String describe(DataFolderException problem, Messages messages) {
        String key = switch (problem.reason()) {
            case ALREADY_OPEN -> "startup.alreadyOpen.message";
            case NOT_WRITABLE -> "startup.notWritable.message";
            case UNREADABLE -> "startup.unreadable.message";
        };
        return messages.text(key, problem.folder().toString());
    }

    public static int exitCode(DataFolderException problem) {
        return switch (problem.reason()) {
            case ALREADY_OPEN -> EXIT_ALREADY_OPEN;
            case NOT_WRITABLE -> EXIT_NOT_WRITABLE;
            case UNREADABLE -> EXIT_UNREADABLE;
        };
    }
}
