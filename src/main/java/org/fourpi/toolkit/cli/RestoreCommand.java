package org.fourpi.toolkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.fourpi.toolkit.common.ui.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code restore FILE}: shows what a backup holds, asks, and replaces all data with it. */
@Command(name = "restore", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class RestoreCommand implements Callable<Integer> {

    private final CommandActions actions;
    private final ToolkitCommand parent;

    @Mixin
    private DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.parameter.restoreFile")
    private Path file;

    @Option(names = "--yes", descriptionKey = "cli.option.restoreYes")
    private boolean yes;

    RestoreCommand(CommandActions actions, ToolkitCommand parent) {
        this.actions = actions;
        this.parent = parent;
    }

    @Override
    public Integer call() {
        return actions.restore(dataDir.orElseFrom(parent), file, yes);
    }
}
