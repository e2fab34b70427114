package org.fourpi.toolkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.fourpi.toolkit.common.ui.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import-people FILE}: adds and updates people from a spreadsheet, or with --dry-run only says what it would do. */
@Command(name = "import-people", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class ImportPeopleCommand implements Callable<Integer> {

    private final CommandActions actions;
    private final ToolkitCommand parent;

    @Mixin
    private DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.parameter.importFile")
    private Path file;

    @Option(names = "--dry-run", descriptionKey = "cli.option.dryRun")
    private boolean dryRun;

    ImportPeopleCommand(CommandActions actions, ToolkitCommand parent) {
        this.actions = actions;
        this.parent = parent;
    }

    @Override
    public Integer call() {
        return actions.importPeople(dataDir.orElseFrom(parent), file, dryRun);
    }
}
