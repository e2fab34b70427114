package org.fourpi.toolkit.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.people.PeopleExportService;
import org.fourpi.toolkit.people.PeopleImportColumn;
import org.fourpi.toolkit.people.PeopleImportPreview;
import org.fourpi.toolkit.people.PeopleImportResult;
import org.fourpi.toolkit.people.PeopleImportService;
import org.fourpi.toolkit.people.PeopleImportSheet;
import org.fourpi.toolkit.people.SpreadsheetRefusedException;

/**
 * Runs the people import and export commands and prints what happened in plain words: what is
 * done on standard output, problems on standard error. Returns the exit code.
 */
public final class PeopleFileConsole {

    /** A long list of problems is cut here; the count of the rest is given. */
    static final int MAX_PROBLEMS_SHOWN = 50;

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    public PeopleFileConsole(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    /** Previews the file, then imports it unless it is a dry run or any row has a problem. */
    public int importPeople(PeopleImportService service, Path file, boolean dryRun) {
        PeopleImportSheet sheet;
        try {
            sheet = service.read(file, Progress.NONE);
        } catch (SpreadsheetRefusedException refused) {
            err.println(refused.getMessage());
            return 1;
        }
        printColumns(sheet);
        PeopleImportPreview preview = service.preview(sheet, sheet.suggestedMapping(), Progress.NONE);
        out.println(messages.text("cli.import.summary", sheet.fileName()));
        for (PeopleImportPreview.Outcome outcome : PeopleImportPreview.Outcome.values()) {
            out.println(messages.text("cli.import.count." + outcome.name(), preview.count(outcome)));
        }
        List<PeopleImportPreview.Row> noted = preview.rows().stream().filter(r -> !r.note().isEmpty()).toList();
        noted.stream().limit(MAX_PROBLEMS_SHOWN)
                .forEach(r -> out.println(messages.text("cli.import.rowNote", r.number(), r.note())));
        if (noted.size() > MAX_PROBLEMS_SHOWN) {
            out.println(messages.text("cli.import.moreNotes", noted.size() - MAX_PROBLEMS_SHOWN));
        }
        if (preview.hasErrors()) {
            printProblems(preview);
            err.println(messages.text("cli.import.notSaved"));
            return 1;
        }
        if (dryRun) {
            out.println(messages.text("cli.import.dryRun"));
            return 0;
        }
        PeopleImportResult result;
        try {
            result = service.commit(preview, false, Progress.NONE);
        } catch (IllegalStateException rowsInError) {
            err.println(rowsInError.getMessage());
            return 1;
        }
        if (result.batchId() == null) {
            out.println(messages.text("cli.import.nothingToSave", sheet.fileName()));
        } else {
            out.println(messages.text("cli.import.done", result.created(), result.updated()));
        }
        return 0;
    }

    /** Writes the .xlsx file and says where it is. */
    public int exportPeople(PeopleExportService service, Path file, boolean withEquality) {
        Path name = file.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            err.println(messages.text("cli.export.notXlsx"));
            return 1;
        }
        int count;
        try {
            count = service.export(file, withEquality, Progress.NONE);
        } catch (UncheckedIOException e) {
            err.println(messages.text("cli.export.failed", file.toAbsolutePath()));
            return 1;
        }
        out.println(messages.text("cli.export.done", count, file.toAbsolutePath()));
        if (withEquality) {
            out.println(messages.text("cli.export.equalityWarning"));
        }
        return 0;
    }

    private void printColumns(PeopleImportSheet sheet) {
        Map<Integer, PeopleImportColumn> mapping = sheet.suggestedMapping().asMap();
        for (int i = 0; i < sheet.headers().size(); i++) {
            String name = messages.text("cli.import.columnName", PeopleImportSheet.columnLetter(i), sheet.header(i));
            PeopleImportColumn column = mapping.get(i);
            if (column == null) {
                out.println(messages.text("cli.import.columnIgnored", name));
            } else {
                out.println(messages.text("cli.import.columnUsed", name, messages.text(column.labelKey())));
            }
        }
    }

    private void printProblems(PeopleImportPreview preview) {
        preview.mappingProblems().forEach(err::println);
        List<PeopleImportPreview.Problem> problems = preview.problems();
        problems.stream().limit(MAX_PROBLEMS_SHOWN).forEach(p -> err.println(p.message()));
        if (problems.size() > MAX_PROBLEMS_SHOWN) {
            err.println(messages.text("cli.import.moreProblems", problems.size() - MAX_PROBLEMS_SHOWN));
        }
    }
}
