package org.fourpi.toolkit.cli;

import java.util.concurrent.Callable;

import org.fourpi.toolkit.common.ui.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code list-meetings}: every meeting, one a line, with its number, date and title. */
@Command(name = "list-meetings", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class ListMeetingsCommand implements Callable<Integer> {

    private final CommandActions actions;
    private final ToolkitCommand parent;

    @Mixin
    private DataDirOption dataDir;

    ListMeetingsCommand(CommandActions actions, ToolkitCommand parent) {
        this.actions = actions;
        this.parent = parent;
    }

    @Override
    public Integer call() {
        return actions.listMeetings(dataDir.orElseFrom(parent));
    }
}
