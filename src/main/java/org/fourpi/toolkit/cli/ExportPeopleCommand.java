package org.fourpi.toolkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.fourpi.toolkit.common.ui.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export-people FILE.xlsx}: writes everyone in the register to an Excel workbook. */
@Command(name = "export-people", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class ExportPeopleCommand implements Callable<Integer> {

    private final CommandActions actions;
    private final ToolkitCommand parent;

    @Mixin
    private DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.exportFile")
    private Path file;

    @Option(names = "--with-equality-data", descriptionKey = "cli.option.withEqualityData")
    private boolean withEquality;

    ExportPeopleCommand(CommandActions actions, ToolkitCommand parent) {
        this.actions = actions;
        this.parent = parent;
    }

    @Override
    public Integer call() {
        return actions.exportPeople(dataDir.orElseFrom(parent), file, withEquality);
    }
}
