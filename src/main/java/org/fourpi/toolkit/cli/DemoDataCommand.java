package org.fourpi.toolkit.cli;

import java.util.concurrent.Callable;

import org.fourpi.toolkit.common.ui.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code demo-data}: fills an empty data folder with a fictional organisation to explore. */
@Command(name = "demo-data", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class DemoDataCommand implements Callable<Integer> {

    private final CommandActions actions;
    private final ToolkitCommand parent;

    @Mixin
    private DataDirOption dataDir;

    DemoDataCommand(CommandActions actions, ToolkitCommand parent) {
        this.actions = actions;
        this.parent = parent;
    }

    @Override
    public Integer call() {
        return actions.addExampleData(dataDir.orElseFrom(parent));
    }
}
