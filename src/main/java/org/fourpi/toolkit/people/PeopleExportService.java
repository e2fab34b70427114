package org.fourpi.toolkit.people;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fourpi.toolkit.common.spreadsheet.StreamingWorkbooks;
import org.fourpi.toolkit.common.files.ReplacedFile;
import org.fourpi.toolkit.common.spreadsheet.SheetCells;
import org.fourpi.toolkit.common.text.Labelled;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;

/**
 * Writes the register of people to an Excel workbook, one row per person, streaming the rows so
 * any number of people fits in little memory. Equality monitoring answers are added only when
 * asked for. The file is written under a temporary name and renamed when complete, so a stopped or
 * failed export never leaves half a file.
 */
public final class PeopleExportService {

    private static final int PROGRESS_EVERY = 250;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    private static final String LIST_SEPARATOR = "; ";

    private final StreamingWorkbooks workbooks;
    private final PeopleService people;
    private final EqualityService equality;
    private final Messages messages;

    public PeopleExportService(PeopleService people, EqualityService equality, Messages messages,
            StreamingWorkbooks workbooks) {
        this.workbooks = workbooks;
        this.people = people;
        this.equality = equality;
        this.messages = messages;
    }

    /** One column of the export: its heading and how to read its value from a person and their answers. */
    private record Column(String header, BiFunction<Person, EqualityAnswers, Object> value) {
    }

    /**
     * Writes everyone to an .xlsx file, replacing any file of that name.
     *
     * @return how many people were written
     * @throws IllegalArgumentException when the file name does not end in .xlsx
     * @throws UncheckedIOException when the file cannot be written (for example, it is open in Excel)
     * @throws CancellationException when the progress asked to stop; no file is left behind
     */
    public int export(Path file, boolean withEquality, Progress progress) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new IllegalArgumentException("An export is an .xlsx file: " + file);
        }
        List<Person> everyone = people.all();
        Map<Long, EqualityAnswers> answers = withEquality ? equality.answersByPerson() : Map.of();
        List<Column> columns = columns(withEquality);
        try {
            ReplacedFile.write(file, ".people-export-", temp -> write(temp, everyone, answers, columns, progress));
            return everyone.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Path target, List<Person> everyone, Map<Long, EqualityAnswers> answers, List<Column> columns,
                       Progress progress) throws IOException {
        try (SXSSFWorkbook workbook = workbooks.create()) {
            Sheet sheet = workbook.createSheet(messages.text("export.sheetName"));
            fill(sheet, new SheetCells(workbook), everyone, answers, columns, progress);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
    }

    /**
     * Adds a sheet of everyone, one row per person, without equality monitoring answers, to a workbook
     * being written with other registers.
     *
     * @return how many people were written
     * @throws CancellationException when the progress asked to stop
     */
    public int writePeopleSheet(Workbook workbook, SheetCells cells, String sheetName, Progress progress) {
        List<Person> everyone = people.all();
        fill(workbook.createSheet(sheetName), cells, everyone, Map.of(), columns(false), progress);
        return everyone.size();
    }

    /**
     * Adds a sheet of the equality monitoring answers, one row per person who has given any, named by
     * their first and last name, to a workbook being written with other registers.
     *
     * @return how many people's answers were written
     * @throws CancellationException when the progress asked to stop
     */
    public int writeEqualitySheet(Workbook workbook, SheetCells cells, String sheetName, Progress progress) {
        Map<Long, EqualityAnswers> answers = equality.answersByPerson();
        List<Person> answered = people.all().stream().filter(p -> answers.containsKey(p.id())).toList();
        List<Column> columns = new ArrayList<>();
        for (PeopleImportColumn c : List.of(PeopleImportColumn.FIRST_NAME, PeopleImportColumn.LAST_NAME)) {
            columns.add(new Column(messages.text(c.labelKey()), (p, a) -> personValue(p, c)));
        }
        columns.addAll(equalityColumns());
        fill(workbook.createSheet(sheetName), cells, answered, answers, columns, progress);
        return answered.size();
    }

    private void fill(Sheet sheet, SheetCells cells, List<Person> everyone, Map<Long, EqualityAnswers> answers,
                      List<Column> columns, Progress progress) {
        int[] widths = new int[columns.size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = cells.header(header.createCell(c), columns.get(c).header()) + 3;
        }
        int total = everyone.size();
        for (int i = 0; i < total; i++) {
            if (i % PROGRESS_EVERY == 0) {
                if (progress.isCancelRequested()) {
                    throw new CancellationException("Stopped on request");
                }
                progress.update(i, total, messages.text("export.progress.writing", i + 1, total));
            }
            Person person = everyone.get(i);
            EqualityAnswers given = answers.getOrDefault(person.id(), EqualityAnswers.NONE);
            Row row = sheet.createRow(i + 1);
            for (int c = 0; c < columns.size(); c++) {
                Object value = columns.get(c).value().apply(person, given);
                widths[c] = Math.max(widths[c], write(row.createCell(c), value, cells));
            }
        }
        progress.update(total, total, messages.text("export.progress.writing", total, total));

        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, Math.clamp(widths[c], MIN_WIDTH, MAX_WIDTH) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(total, 1), 0, columns.size() - 1));
    }

    /** Writes one value; returns roughly how many characters wide it shows. */
    private static int write(Cell cell, Object value, SheetCells cells) {
        return switch (value) {
            case null -> 0;
            case LocalDate date -> cells.date(cell, date);
            default -> cells.text(cell, value.toString());
        };
    }

    private List<Column> columns(boolean withEquality) {
        List<Column> columns = new ArrayList<>();
        for (PeopleImportColumn c : PeopleImportColumn.values()) {
            columns.add(new Column(messages.text(c.labelKey()), (p, a) -> personValue(p, c)));
        }
        if (withEquality) {
            columns.addAll(equalityColumns());
        }
        return columns;
    }

    private List<Column> equalityColumns() {
        List<Column> columns = new ArrayList<>();
        columns.add(equalityColumn("AGE_BAND", EqualityAnswers::ageBand));
        columns.add(equalityColumn("ETHNICITY", EqualityAnswers::ethnicity));
        columns.add(equalityColumn("SEX", EqualityAnswers::sex));
        columns.add(equalityColumn("GENDER_SAME_AS_BIRTH", EqualityAnswers::genderSameAsBirth));
        columns.add(equalityColumn("DISABILITY", EqualityAnswers::disability));
        columns.add(equalityColumn("SEXUAL_ORIENTATION", EqualityAnswers::sexualOrientation));
        columns.add(equalityColumn("RELIGION", EqualityAnswers::religion));
        columns.add(equalityColumn("UNPAID_CARER", EqualityAnswers::unpaidCarer));
        columns.add(new Column(messages.text("export.column.equality.OBJECTED_ON"),
                    (p, a) -> a.objectedOn()));
        return columns;
    }

    private Column equalityColumn(String name, Function<EqualityAnswers, Labelled> answer) {
        return new Column(messages.text("export.column.equality." + name),
                (p, a) -> answer.apply(a) == null ? null : label(answer.apply(a)));
    }

    private Object personValue(Person p, PeopleImportColumn column) {
        Object value = PeopleImportDraft.valueOf(p, column);
        return switch (value) {
            case null -> null;
            case Boolean yes -> messages.text(yes ? "export.value.yes" : "export.value.no");
            case Labelled choice -> label(choice);
            case Collection<?> choices -> choices.stream().map(e -> label((Labelled) e))
                    .collect(Collectors.joining(LIST_SEPARATOR));
            default -> value;
        };
    }

    private String label(Labelled choice) {
        return messages.text(choice.labelKey());
    }
}
