package org.fourpi.toolkit.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.fourpi.toolkit.common.ui.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code backup [DIR]}: writes a checked backup of all data, by default to the automatic backups folder. */
@Command(name = "backup", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class BackupCommand implements Callable<Integer> {

    private final CommandActions actions;
    private final ToolkitCommand parent;

    @Mixin
    private DataDirOption dataDir;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", descriptionKey = "cli.parameter.backupFolder")
    private Path folder;

    BackupCommand(CommandActions actions, ToolkitCommand parent) {
        this.actions = actions;
        this.parent = parent;
    }

    @Override
    public Integer call() {
        return actions.backup(dataDir.orElseFrom(parent), Optional.ofNullable(folder));
    }
}
