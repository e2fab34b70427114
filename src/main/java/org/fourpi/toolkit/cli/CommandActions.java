package org.fourpi.toolkit.cli;

import java.nio.file.Path;
import java.util.Optional;

/** What the command line can ask of the program; the launcher carries it out. Each returns an exit code. */
public interface CommandActions {

    int openWindow(StartupOptions options);

    int addExampleData(Optional<Path> dataDir);

    /** Imports people from a spreadsheet; writes nothing when a row has a problem or on a dry run. */
    int importPeople(Optional<Path> dataDir, Path file, boolean dryRun);

    /** Writes everyone in the register to an .xlsx file, with equality answers only when asked. */
    int exportPeople(Optional<Path> dataDir, Path file, boolean withEquality);

    /**
     * Writes the payments ledger to an .xlsx or .csv file, for the tax year starting 6 April of
     * {@code taxYear}, or for every year.
     */
    int exportPayments(Optional<Path> dataDir, Path file, Optional<Integer> taxYear);

    /** Lists every meeting, one a line: its number, date and title. */
    int listMeetings(Optional<Path> dataDir);

    /** Writes a meeting's pack to one PDF file, in large print when asked. */
    int meetingPack(Optional<Path> dataDir, long meetingId, Path file, boolean largePrint);

    /** Writes every meeting and its attendance to an Excel workbook; returns the exit code. */
    int exportMeetings(Optional<Path> dataDir, Path file);

    /** Lists every self-assessment, one a line: its number, date, title and status. */
    int listAssessments(Optional<Path> dataDir);

    /** Writes one self-assessment's results to an Excel workbook, or its report to a PDF, by the file's ending. */
    int exportAssessment(Optional<Path> dataDir, long assessmentId, Path file);

    /** Writes every register to one Excel workbook, a sheet each, with equality answers only when asked. */
    int exportAll(Optional<Path> dataDir, Path file, boolean withEquality);

    /** Protected data is to be opened with the passphrase on the first line of this file (--passphrase-file). */
    default void usePassphraseFile(Path file) {
    }

    /** Writes a checked backup of all data to the folder, or to the automatic backups folder. */
    int backup(Optional<Path> dataDir, Optional<Path> folder);

    /** Replaces all data with a backup, after showing what it holds and asking unless {@code yes}. */
    int restore(Optional<Path> dataDir, Path file, boolean yes);

    /** The integrity check with a plain report: 0 when all is well, 1 when something is wrong. */
    int check(Optional<Path> dataDir);

    /** Writes the whole audit log, newest first, to an Excel workbook. */
    int exportAudit(Optional<Path> dataDir, Path file);
}
