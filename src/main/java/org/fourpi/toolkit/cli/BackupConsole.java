package org.fourpi.toolkit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import org.fourpi.toolkit.backup.BackupCounts;
import org.fourpi.toolkit.backup.BackupPreview;
import org.fourpi.toolkit.backup.BackupProblem;
import org.fourpi.toolkit.backup.BackupService;
import org.fourpi.toolkit.backup.BackupWords;
import org.fourpi.toolkit.backup.CheckFinding;
import org.fourpi.toolkit.backup.CheckReport;
import org.fourpi.toolkit.backup.IntegrityCheckService;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;

/**
 * Backup, restore and the integrity check on the command line, in plain words: what is done on standard
 * output, problems on standard error. Each returns the exit code.
 */
public final class BackupConsole {

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    public BackupConsole(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    /** Writes a backup to the folder, or the automatic backups folder. */
    public int backup(BackupService backups, Optional<Path> folder) {
        try {
            Path made = folder.isPresent() ? backups.backupTo(folder.get(), Progress.NONE) : backups.backupOnClose();
            out.println(messages.text("cli.backup.done", made));
            return 0;
        } catch (BackupProblem problem) {
            err.println(messages.text("cli.backup.failed", messages.text(problem.messageKey())));
            return 1;
        }
    }

    /**
     * Shows what the backup holds and, when the answer is yes (or {@code yes} was given), gets the restore
     * ready: the caller finishes it once the database is closed. Returns empty when nothing is to be done,
     * with the exit code to give.
     */
    public RestoreAnswer prepareRestore(BackupService backups, Path file, boolean yes, BufferedReader in) {
        BackupPreview preview;
        try {
            preview = backups.preview(file);
        } catch (BackupProblem problem) {
            err.println(messages.text("cli.restore.refused", file, messages.text(problem.messageKey())));
            return new RestoreAnswer(false, 1);
        }
        out.println(BackupWords.describe(preview, messages));
        BackupCounts now = backups.currentCounts();
        out.println(BackupWords.now(now, messages));
        out.println(messages.text("backup.preview.replace"));
        if (!yes) {
            out.println(messages.text("cli.restore.ask"));
            String answer;
            try {
                answer = in.readLine();
            } catch (IOException e) {
                answer = null;
            }
            if (answer == null || !answer.strip().equalsIgnoreCase("yes")) {
                out.println(messages.text("cli.restore.notConfirmed"));
                return new RestoreAnswer(false, 1);
            }
        }
        try {
            Path safety = backups.prepareRestore(file, Progress.NONE);
            out.println(messages.text("cli.restore.safety", safety));
            return new RestoreAnswer(true, 0);
        } catch (BackupProblem problem) {
            err.println(messages.text("cli.restore.refused", file, messages.text(problem.messageKey())));
            return new RestoreAnswer(false, 1);
        }
    }

    /** Whether a restore is ready to finish, and the exit code otherwise. */
    public record RestoreAnswer(boolean ready, int exitCode) {
    }

    /** Says the restore is finished. */
    public int restored(Path file) {
        out.println(messages.text("cli.restore.done", file.toAbsolutePath()));
        return 0;
    }

    /** Runs the integrity check and prints its report; 0 when all is well, 1 when something is wrong. */
    public int check(IntegrityCheckService check) {
        CheckReport report = check.check();
        for (CheckFinding finding : report.findings()) {
            out.println(messages.text("backup.check.line",
                    messages.text(finding.well() ? "backup.check.well" : "backup.check.wrong"), finding.text()));
        }
        out.println(messages.text(report.allWell() ? "backup.check.allWell" : "backup.check.somethingWrong"));
        return report.allWell() ? 0 : 1;
    }
}
