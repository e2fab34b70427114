package org.fourpi.toolkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.fourpi.toolkit.common.ui.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code export-meetings FILE.xlsx}: every meeting and who came, to an Excel workbook. */
@Command(name = "export-meetings", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class ExportMeetingsCommand implements Callable<Integer> {

    private final CommandActions actions;
    private final ToolkitCommand parent;

    @Mixin
    private DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.meetingsFile")
    private Path file;

    ExportMeetingsCommand(CommandActions actions, ToolkitCommand parent) {
        this.actions = actions;
        this.parent = parent;
    }

    @Override
    public Integer call() {
        return actions.exportMeetings(dataDir.orElseFrom(parent), file);
    }
}
