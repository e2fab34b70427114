package org.fourpi.toolkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine;

/**
 * The program's command line with actions that only note what was asked for, and what it printed,
 * for tests of how commands read their arguments.
 */
final class RecordingCommandLine implements CommandActions {

    /** Each action asked for, in words such as "import here people.csv dry=true". */
    final List<String> calls = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs the command line; returns its exit code. An import answers 1, as if its file had problems. */
    int run(String... args) {
        CommandLine line = ToolkitCommand.commandLine(this);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    /** All the command line printed for people to read. */
    String out() {
        return out.toString();
    }

    /** All the command line printed about problems. */
    String err() {
        return err.toString();
    }

    @Override
    public int openWindow(StartupOptions options) {
        calls.add("window " + options);
        return 0;
    }

    @Override
    public void usePassphraseFile(Path file) {
        calls.add("passphrase " + file);
    }

    @Override
    public int addExampleData(Optional<Path> dataDir) {
        calls.add("demo " + dataDir);
        return 0;
    }

    @Override
    public int importPeople(Optional<Path> dataDir, Path file, boolean dryRun) {
        calls.add("import " + folder(dataDir) + " " + file + " dry=" + dryRun);
        return 1;
    }

    @Override
    public int exportPeople(Optional<Path> dataDir, Path file, boolean withEquality) {
        calls.add("export " + folder(dataDir) + " " + file + " equality=" + withEquality);
        return 0;
    }

    @Override
    public int exportPayments(Optional<Path> dataDir, Path file, Optional<Integer> taxYear) {
        calls.add("payments " + folder(dataDir) + " " + file + " " + taxYear.map(String::valueOf).orElse("all"));
        return 0;
    }

    @Override
    public int listMeetings(Optional<Path> dataDir) {
        calls.add("meetings " + folder(dataDir));
        return 0;
    }

    @Override
    public int meetingPack(Optional<Path> dataDir, long meetingId, Path file, boolean largePrint) {
        calls.add("pack " + folder(dataDir) + " " + meetingId + " " + file + " large=" + largePrint);
        return 0;
    }

    @Override
    public int exportMeetings(Optional<Path> dataDir, Path file) {
        calls.add("export-meetings " + folder(dataDir) + " " + file);
        return 0;
    }

    @Override
    public int listAssessments(Optional<Path> dataDir) {
        calls.add("assessments " + folder(dataDir));
        return 0;
    }

    @Override
    public int exportAssessment(Optional<Path> dataDir, long assessmentId, Path file) {
        calls.add("export-assessment " + folder(dataDir) + " " + assessmentId + " " + file);
        return 0;
    }

    @Override
    public int exportAll(Optional<Path> dataDir, Path file, boolean withEquality) {
        calls.add("export-all " + folder(dataDir) + " " + file + " equality=" + withEquality);
        return 0;
    }

    @Override
    public int backup(Optional<Path> dataDir, Optional<Path> folder) {
        calls.add("backup " + folder(dataDir) + " " + folder(folder));
        return 0;
    }

    @Override
    public int restore(Optional<Path> dataDir, Path file, boolean yes) {
        calls.add("restore " + folder(dataDir) + " " + file + " yes=" + yes);
        return 0;
    }

    @Override
    public int check(Optional<Path> dataDir) {
        calls.add("check " + folder(dataDir));
        return 0;
    }

    @Override
    public int exportAudit(Optional<Path> dataDir, Path file) {
        calls.add("export-audit " + folder(dataDir) + " " + file);
        return 0;
    }

    private static String folder(Optional<Path> dataDir) {
        return dataDir.map(Path::toString).orElse("-");
    }
}
