package org.fourpi.toolkit.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.export.ExportAllService;

/**
 * Writes every register to one workbook, saying what happened in plain words: what is done on
 * standard output, problems on standard error. Returns the exit code.
 */
public final class ExportAllConsole {

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    public ExportAllConsole(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    /** Writes the .xlsx file and says where it is and which sheets it holds. */
    public int exportAll(ExportAllService service, Path file, boolean withEquality) {
        Path name = file.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            err.println(messages.text("cli.exportAll.notXlsx"));
            return 1;
        }
        List<String> sheets;
        try {
            sheets = service.export(file, withEquality, Progress.NONE);
        } catch (UncheckedIOException e) {
            err.println(messages.text("cli.exportAll.failed", file.toAbsolutePath()));
            return 1;
        }
        out.println(messages.text("cli.exportAll.done", file.toAbsolutePath(), String.join(", ", sheets)));
        if (withEquality) {
            out.println(messages.text("cli.export.equalityWarning"));
        }
        return 0;
    }
}
