package org.fourpi.toolkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.fourpi.toolkit.common.ui.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code export-assessment ID FILE}: one self-assessment's results to an Excel workbook (.xlsx) or its
 * report to a PDF file (.pdf).
 */
@Command(name = "export-assessment", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class ExportAssessmentCommand implements Callable<Integer> {

    private final CommandActions actions;
    private final ToolkitCommand parent;

    @Mixin
    private DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.parameter.assessmentId")
    private long assessmentId;

    @Parameters(index = "1", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.assessmentFile")
    private Path file;

    ExportAssessmentCommand(CommandActions actions, ToolkitCommand parent) {
        this.actions = actions;
        this.parent = parent;
    }

    @Override
    public Integer call() {
        return actions.exportAssessment(dataDir.orElseFrom(parent), assessmentId, file);
    }
}
