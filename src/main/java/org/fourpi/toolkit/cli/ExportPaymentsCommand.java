package org.fourpi.toolkit.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.fourpi.toolkit.common.ui.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export-payments FILE.xlsx [--tax-year YYYY]}: writes the payments ledger to a workbook or CSV file. */
@Command(name = "export-payments", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class ExportPaymentsCommand implements Callable<Integer> {

    private final CommandActions actions;
    private final ToolkitCommand parent;

    @Mixin
    private DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.ledgerFile")
    private Path file;

    @Option(names = "--tax-year", paramLabel = "YEAR", descriptionKey = "cli.option.taxYear")
    private Integer taxYear;

    ExportPaymentsCommand(CommandActions actions, ToolkitCommand parent) {
        this.actions = actions;
        this.parent = parent;
    }

    @Override
    public Integer call() {
        return actions.exportPayments(dataDir.orElseFrom(parent), file, Optional.ofNullable(taxYear));
    }
}
