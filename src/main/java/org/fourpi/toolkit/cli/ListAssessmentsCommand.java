package org.fourpi.toolkit.cli;

import java.util.concurrent.Callable;

import org.fourpi.toolkit.common.ui.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code list-assessments}: every self-assessment, one a line, with its number, date, title and status. */
@Command(name = "list-assessments", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class ListAssessmentsCommand implements Callable<Integer> {

    private final CommandActions actions;
    private final ToolkitCommand parent;

    @Mixin
    private DataDirOption dataDir;

    ListAssessmentsCommand(CommandActions actions, ToolkitCommand parent) {
        this.actions = actions;
        this.parent = parent;
    }

    @Override
    public Integer call() {
        return actions.listAssessments(dataDir.orElseFrom(parent));
    }
}
