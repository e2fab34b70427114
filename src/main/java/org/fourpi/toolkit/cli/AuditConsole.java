package org.fourpi.toolkit.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

import org.fourpi.toolkit.audit.AuditExportService;
import org.fourpi.toolkit.audit.AuditFilter;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;

/**
 * Writes the audit log to a workbook, saying what happened in plain words: what is done on standard
 * output, problems on standard error. Returns the exit code.
 */
public final class AuditConsole {

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    public AuditConsole(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    /** Writes every entry of the log to the .xlsx file and says how many. */
    public int exportAudit(AuditExportService export, Path file) {
        Path name = file.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            err.println(messages.text("cli.exportAudit.notXlsx"));
            return 1;
        }
        int written;
        try {
            written = export.export(file, AuditFilter.ALL, Progress.NONE);
        } catch (UncheckedIOException e) {
            err.println(messages.text("cli.exportAudit.failed", file.toAbsolutePath()));
            return 1;
        }
        out.println(messages.text("cli.exportAudit.done", written, file.toAbsolutePath()));
        return 0;
    }
}
