package org.fourpi.toolkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.fourpi.toolkit.common.ui.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code meeting-pack MEETING_ID OUT.pdf [--large-print]}: writes a meeting's pack to one PDF file. */
@Command(name = "meeting-pack", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class MeetingPackCommand implements Callable<Integer> {

    private final CommandActions actions;
    private final ToolkitCommand parent;

    @Mixin
    private DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "MEETING_ID", descriptionKey = "cli.parameter.meetingId")
    private long meetingId;

    @Parameters(index = "1", paramLabel = "OUT.pdf", descriptionKey = "cli.parameter.packFile")
    private Path file;

    @Option(names = "--large-print", descriptionKey = "cli.option.largePrint")
    private boolean largePrint;

    MeetingPackCommand(CommandActions actions, ToolkitCommand parent) {
        this.actions = actions;
        this.parent = parent;
    }

    @Override
    public Integer call() {
        return actions.meetingPack(dataDir.orElseFrom(parent), meetingId, file, largePrint);
    }
}
