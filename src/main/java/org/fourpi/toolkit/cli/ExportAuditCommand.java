package org.fourpi.toolkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.fourpi.toolkit.common.ui.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code export-audit FILE.xlsx}: writes the audit log to an Excel workbook, newest first. */
@Command(name = "export-audit", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class ExportAuditCommand implements Callable<Integer> {

    private final CommandActions actions;
    private final ToolkitCommand parent;

    @Mixin
    private DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.exportAuditFile")
    private Path file;

    ExportAuditCommand(CommandActions actions, ToolkitCommand parent) {
        this.actions = actions;
        this.parent = parent;
    }

    @Override
    public Integer call() {
        return actions.exportAudit(dataDir.orElseFrom(parent), file);
    }
}
