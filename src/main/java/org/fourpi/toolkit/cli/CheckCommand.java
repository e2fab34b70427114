package org.fourpi.toolkit.cli;

import java.util.concurrent.Callable;

import org.fourpi.toolkit.common.ui.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code check}: the integrity check, with a plain report; exit code 1 when something is wrong. */
@Command(name = "check", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class CheckCommand implements Callable<Integer> {

    private final CommandActions actions;
    private final ToolkitCommand parent;

    @Mixin
    private DataDirOption dataDir;

    CheckCommand(CommandActions actions, ToolkitCommand parent) {
        this.actions = actions;
        this.parent = parent;
    }

    @Override
    public Integer call() {
        return actions.check(dataDir.orElseFrom(parent));
    }
}
