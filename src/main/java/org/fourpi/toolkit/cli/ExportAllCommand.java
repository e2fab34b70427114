package org.fourpi.toolkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.fourpi.toolkit.common.ui.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export-all FILE.xlsx}: writes every register to one Excel workbook, a sheet each. */
@Command(name = "export-all", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class ExportAllCommand implements Callable<Integer> {

    private final CommandActions actions;
    private final ToolkitCommand parent;

    @Mixin
    private DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.exportAllFile")
    private Path file;

    @Option(names = "--with-equality-data", descriptionKey = "cli.option.exportAllEquality")
    private boolean withEquality;

    ExportAllCommand(CommandActions actions, ToolkitCommand parent) {
        this.actions = actions;
        this.parent = parent;
    }

    @Override
    public Integer call() {
        return actions.exportAll(dataDir.orElseFrom(parent), file, withEquality);
    }
}
