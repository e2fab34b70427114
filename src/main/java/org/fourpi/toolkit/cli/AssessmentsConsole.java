package org.fourpi.toolkit.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.fourpi.toolkit.assessment.AssessmentExportService;
import org.fourpi.toolkit.assessment.AssessmentReportService;
import org.fourpi.toolkit.assessment.AssessmentService;
import org.fourpi.toolkit.assessment.AssessmentSummary;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;

/**
 * Lists self-assessments and writes one's workbook or report, saying what happened in plain words:
 * what is done on standard output, problems on standard error. Returns the exit code.
 */
public final class AssessmentsConsole {

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    public AssessmentsConsole(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    /** Every assessment, the most recent first, one a line: number, date, title and status. */
    public int listAssessments(AssessmentService assessments) {
        List<AssessmentSummary> all = assessments.list();
        if (all.isEmpty()) {
            out.println(messages.text("cli.assessments.none"));
        }
        for (AssessmentSummary a : all) {
            out.println(messages.text("cli.assessments.line", String.valueOf(a.id()), a.heldOn().toString(),
                    a.title(), messages.text(a.status().labelKey())));
        }
        return 0;
    }

    /** Writes one assessment's workbook (.xlsx) or report (.pdf) and says where it is. */
    public int exportAssessment(AssessmentService assessments, AssessmentExportService export,
                                AssessmentReportService report, long assessmentId, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean workbook = name.endsWith(".xlsx");
        if (!workbook && !name.endsWith(".pdf")) {
            err.println(messages.text("cli.assessments.wrongFile"));
            return 1;
        }
        String title = assessments.find(assessmentId).map(a -> a.title()).orElse(null);
        if (title == null) {
            err.println(messages.text("cli.assessments.noSuchAssessment", String.valueOf(assessmentId)));
            return 1;
        }
        try {
            if (workbook) {
                export.export(assessmentId, file, Progress.NONE);
            } else {
                report.write(assessmentId, file, Progress.NONE);
            }
        } catch (UncheckedIOException e) {
            err.println(messages.text("cli.assessments.failed", file.toAbsolutePath()));
            return 1;
        }
        out.println(messages.text(workbook ? "cli.assessments.workbookDone" : "cli.assessments.reportDone", title,
                file.toAbsolutePath()));
        return 0;
    }
}
