package org.fourpi.toolkit.payments;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fourpi.toolkit.common.spreadsheet.StreamingWorkbooks;
import org.fourpi.toolkit.common.files.ReplacedFile;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.spreadsheet.SheetCells;
import org.fourpi.toolkit.common.spreadsheet.SpreadsheetText;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;

/**
 * Writes the payments ledger, one row per claim line, to an Excel workbook (amounts in pounds, real
 * dates, a frozen header with filters, totals at the bottom) or to a CSV file for finance packages
 * (UTF-8, plain numbers, ISO dates). Text is never read as a formula. The file is written under a
 * temporary name and moved into place when complete, so a failed export never leaves half a file.
 */
public final class PaymentLedgerExportService {

    /** The columns, in order; their headings are texts "payments.ledger.column." + name. */
    enum Column {
        CLAIM, PERSON, ACTIVITY, ACTIVITY_DATE, CATEGORY, DESCRIPTION, QUANTITY, UNIT, AMOUNT,
        PAID_BY_ORGANISATION, ADJUSTMENT_REASON, STATUS, PAID_ON, METHOD, REFERENCE
    }

    private static final int PROGRESS_EVERY = 250;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 50;

    private final StreamingWorkbooks workbooks;
    private final PaymentStatementService statements;
    private final Messages messages;

    public PaymentLedgerExportService(PaymentStatementService statements, Messages messages,
            StreamingWorkbooks workbooks) {
        this.workbooks = workbooks;
        this.statements = statements;
        this.messages = messages;
    }

    /**
     * Writes the ledger for a tax year (or, when empty, every year) to an .xlsx or .csv file, by the
     * file name's ending, replacing any file of that name. The lines go from the database straight into
     * the file, one at a time, so a ledger of any size is never held in memory whole.
     *
     * @return how many lines were written
     * @throws IllegalArgumentException when the file name ends in neither .xlsx nor .csv
     * @throws UncheckedIOException     when the file cannot be written (for example, it is open in Excel)
     * @throws CancellationException    when the progress asked to stop; no file is left behind
     */
    public int export(Path file, Optional<TaxYear> year, Progress progress) {
        LedgerFormat format = LedgerFormat.of(file)
                .orElseThrow(() -> new IllegalArgumentException("A ledger is an .xlsx or .csv file: " + file));
        progress.update(0, -1, messages.text("payments.ledger.progress.reading"));
        int[] written = {0};
        replace(file, temp -> written[0] = statements.readLedger(year,
                (totals, lines) -> writeFile(temp, format, totals, lines.iterator(), progress)));
        return written[0];
    }

    /** Writes a ledger already read; see {@link #export}. */
    public void write(PaymentLedger ledger, Path file, LedgerFormat format, Progress progress) {
        replace(file, temp -> writeFile(temp, format, ledger.totals(), ledger.lines().iterator(), progress));
    }

    private static void replace(Path file, ReplacedFile.Content content) {
        try {
            ReplacedFile.write(file, ".ledger-", content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int writeFile(Path target, LedgerFormat format, LedgerTotals totals, Iterator<LedgerLine> lines,
            Progress progress) {
        try {
            return format == LedgerFormat.XLSX ? writeWorkbook(target, totals, lines, progress)
                    : writeCsv(target, totals, lines, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int writeWorkbook(Path target, LedgerTotals totals, Iterator<LedgerLine> lines, Progress progress)
            throws IOException {
        try (SXSSFWorkbook workbook = workbooks.createForLargeSheets()) {
            int count = fill(workbook.createSheet(messages.text("payments.ledger.sheetName")), new SheetCells(workbook),
                    totals, lines, progress);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
            return count;
        }
    }

    /**
     * Adds a sheet of every claim line in every year, with the totals below, to a workbook being written
     * with other registers.
     *
     * @return how many lines were written
     * @throws CancellationException when the progress asked to stop
     */
    public int writeSheet(Workbook workbook, SheetCells cells, String sheetName, Progress progress) {
        Sheet sheet = workbook.createSheet(sheetName);
        return statements.readLedger(Optional.empty(),
                (totals, lines) -> fill(sheet, cells, totals, lines.iterator(), progress));
    }

    /** Writes the header, every line and the totals below them; returns how many lines were written. */
    private int fill(Sheet sheet, SheetCells cells, LedgerTotals totals, Iterator<LedgerLine> lines,
            Progress progress) {
        Column[] columns = Column.values();
        Labels labels = new Labels();
        int[] widths = new int[columns.length];
        Row header = sheet.createRow(0);
        for (Column column : columns) {
            widths[column.ordinal()] = cells.header(header.createCell(column.ordinal()), heading(column)) + 3;
        }
        // Cells left in the workbook's own style are given it outright: a cell with no style at all makes
        // the library look up its column's style when the row is written, which is slow on large sheets.
        CellStyle plain = sheet.getWorkbook().getCellStyleAt(0);
        int count = 0;
        while (lines.hasNext()) {
            report(progress, count, Math.max(totals.lines(), count));
            LedgerLine line = lines.next();
            count++;
            Row row = sheet.createRow(count);
            for (Column column : columns) {
                var cell = row.createCell(column.ordinal());
                cell.setCellStyle(plain);
                int width = switch (value(line, column, labels)) {
                    case null -> 0;
                    case Long number -> cells.number(cell, number);
                    case Money money -> cells.pounds(cell, money.amount());
                    case BigDecimal number -> cells.number(cell, number);
                    case LocalDate date -> cells.date(cell, date);
                    case Object text -> cells.text(cell, text.toString());
                };
                if (width > widths[column.ordinal()]) {
                    widths[column.ordinal()] = width;
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(count, 1), 0, columns.length - 1));

        // The totals sit below a blank row, outside the filtered range, so sorting leaves them at the bottom.
        int labelColumn = Column.UNIT.ordinal();
        int amountColumn = Column.AMOUNT.ordinal();
        int r = count + 2;
        for (Total total : totals(totals)) {
            Row row = sheet.createRow(r++);
            widths[labelColumn] = Math.max(widths[labelColumn],
                    cells.header(row.createCell(labelColumn), total.label()));
            cells.boldPounds(row.createCell(amountColumn), total.amount().amount());
        }
        if (totals.hasRejected()) {
            cells.text(sheet.createRow(r).createCell(0), messages.text("payments.ledger.rejectedNotCounted"));
        }
        widths[labelColumn] = Math.min(widths[labelColumn], 30);
        for (Column column : columns) {
            sheet.setColumnWidth(column.ordinal(), Math.clamp(widths[column.ordinal()], MIN_WIDTH, MAX_WIDTH) * 256);
        }
        report(progress, count, count);
        return count;
    }

    private int writeCsv(Path target, LedgerTotals totals, Iterator<LedgerLine> lines, Progress progress)
            throws IOException {
        Column[] columns = Column.values();
        Labels labels = new Labels();
        List<String> headings = new ArrayList<>();
        for (Column column : columns) {
            headings.add(heading(column));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(headings.toArray(String[]::new)).get();
        int count = 0;
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, format)) {
            while (lines.hasNext()) {
                report(progress, count, Math.max(totals.lines(), count));
                LedgerLine line = lines.next();
                count++;
                for (Column column : columns) {
                    printer.print(switch (value(line, column, labels)) {
                        case null -> "";
                        case Long number -> number.toString();
                        case Money money -> money.toPlainString();
                        case BigDecimal number -> number.stripTrailingZeros().toPlainString();
                        case LocalDate date -> date.toString();
                        case Object text -> SpreadsheetText.forCsv(text.toString());
                    });
                }
                printer.println();
            }
            report(progress, count, count);
        }
        return count;
    }

    private void report(Progress progress, int done, int total) {
        if (done % PROGRESS_EVERY == 0 || done == total) {
            if (done < total && progress.isCancelRequested()) {
                throw new CancellationException("Stopped on request");
            }
            progress.update(done, total, messages.text("payments.ledger.progress.writing", done, total));
        }
    }

    private record Total(String label, Money amount) {
    }

    private List<Total> totals(LedgerTotals totals) {
        return List.of(new Total(messages.text("payments.ledger.total.owed"), totals.owed()),
                new Total(messages.text("payments.ledger.total.paidByUs"), totals.paidByOrganisation()),
                new Total(messages.text("payments.ledger.total.all"), totals.total()));
    }

    private String heading(Column column) {
        return messages.text("payments.ledger.column." + column.name());
    }

    /** A line's value for a column: a number, an amount, a date or text; null when there is none. */
    private static Object value(LedgerLine line, Column column, Labels labels) {
        return switch (column) {
            case CLAIM -> line.claimId();
            case PERSON -> line.personName();
            case ACTIVITY -> line.activity();
            case ACTIVITY_DATE -> line.activityDate();
            case CATEGORY -> labels.categories.get(line.category());
            case DESCRIPTION -> line.description();
            case QUANTITY -> line.quantity();
            case UNIT -> labels.unit(line);
            case AMOUNT -> line.amount();
            case PAID_BY_ORGANISATION -> line.paidByOrganisation() ? labels.yes : labels.no;
            case ADJUSTMENT_REASON -> line.adjustmentReason();
            case STATUS -> labels.statuses.get(line.status());
            case PAID_ON -> line.paidOn();
            case METHOD -> line.paymentMethod() == null ? null : labels.methods.get(line.paymentMethod());
            case REFERENCE -> line.paymentReference();
        };
    }

    /** The texts the lines repeat, looked up once per file rather than once per cell. */
    private final class Labels {
        final Map<ClaimCategory, String> categories = labels(ClaimCategory.class, c -> c.labelKey());
        final Map<ClaimStatus, String> statuses = labels(ClaimStatus.class, s -> s.labelKey());
        final Map<PaymentMethod, String> methods = labels(PaymentMethod.class, m -> m.labelKey());
        final Map<FeeUnit, String> feeUnits = labels(FeeUnit.class, u -> "payments.ledger.unit." + u.name());
        final String miles = messages.text("payments.ledger.unit.MILES");
        final String hours = messages.text("payments.ledger.unit.HOURS");
        final String yes = messages.text("payments.ledger.yes");
        final String no = messages.text("payments.ledger.no");

        private <E extends Enum<E>> Map<E, String> labels(Class<E> type, Function<E, String> key) {
            Map<E, String> texts = new EnumMap<>(type);
            for (E value : type.getEnumConstants()) {
                texts.put(value, messages.text(key.apply(value)));
            }
            return texts;
        }

        /** What the quantity is counted in, or null for a line at cost. */
        String unit(LedgerLine line) {
            if (line.quantity() == null) {
                return null;
            }
            if (line.feeUnit() != null) {
                return feeUnits.get(line.feeUnit());
            }
            return line.category() == ClaimCategory.MILEAGE ? miles : hours;
        }
    }
}
