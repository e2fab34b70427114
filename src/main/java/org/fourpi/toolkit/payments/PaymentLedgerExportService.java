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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
     * file name's ending, replacing any file of that name.
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
        PaymentLedger ledger = statements.ledger(year);
        write(ledger, file, format, progress);
        return ledger.lines().size();
    }

    /** Writes a ledger already read; see {@link #export}. */
    public void write(PaymentLedger ledger, Path file, LedgerFormat format, Progress progress) {
        try {
            ReplacedFile.write(file, ".ledger-", temp -> {
                if (format == LedgerFormat.XLSX) {
                    writeWorkbook(ledger, temp, progress);
                } else {
                    writeCsv(ledger, temp, progress);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeWorkbook(PaymentLedger ledger, Path target, Progress progress) throws IOException {
        try (SXSSFWorkbook workbook = workbooks.create()) {
            fill(workbook.createSheet(messages.text("payments.ledger.sheetName")), new SheetCells(workbook), ledger,
                    progress);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
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
        PaymentLedger ledger = statements.ledger(Optional.empty());
        fill(workbook.createSheet(sheetName), cells, ledger, progress);
        return ledger.lines().size();
    }

    private void fill(Sheet sheet, SheetCells cells, PaymentLedger ledger, Progress progress) {
        Column[] columns = Column.values();
        int[] widths = new int[columns.length];
        Row header = sheet.createRow(0);
        for (Column column : columns) {
            widths[column.ordinal()] = cells.header(header.createCell(column.ordinal()), heading(column)) + 3;
        }
        List<LedgerLine> lines = ledger.lines();
        for (int i = 0; i < lines.size(); i++) {
            report(progress, i, lines.size());
            LedgerLine line = lines.get(i);
            Row row = sheet.createRow(i + 1);
            for (Column column : columns) {
                var cell = row.createCell(column.ordinal());
                int width = switch (value(line, column)) {
                    case null -> 0;
                    case Long number -> cells.number(cell, number);
                    case Money money -> cells.pounds(cell, money.amount());
                    case BigDecimal number -> cells.number(cell, number);
                    case LocalDate date -> cells.date(cell, date);
                    case Object text -> cells.text(cell, text.toString());
                };
                widths[column.ordinal()] = Math.max(widths[column.ordinal()], width);
            }
        }
        int last = lines.size();
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(last, 1), 0, columns.length - 1));

        // The totals sit below a blank row, outside the filtered range, so sorting leaves them at the bottom.
        int labelColumn = Column.UNIT.ordinal();
        int amountColumn = Column.AMOUNT.ordinal();
        int r = last + 2;
        for (Total total : totals(ledger)) {
            Row row = sheet.createRow(r++);
            widths[labelColumn] = Math.max(widths[labelColumn],
                    cells.header(row.createCell(labelColumn), total.label()));
            cells.boldPounds(row.createCell(amountColumn), total.amount().amount());
        }
        if (ledger.hasRejected()) {
            cells.text(sheet.createRow(r).createCell(0), messages.text("payments.ledger.rejectedNotCounted"));
        }
        widths[labelColumn] = Math.min(widths[labelColumn], 30);
        for (Column column : columns) {
            sheet.setColumnWidth(column.ordinal(), Math.clamp(widths[column.ordinal()], MIN_WIDTH, MAX_WIDTH) * 256);
        }
        report(progress, lines.size(), lines.size());
    }

    private void writeCsv(PaymentLedger ledger, Path target, Progress progress) throws IOException {
        Column[] columns = Column.values();
        List<String> headings = new ArrayList<>();
        for (Column column : columns) {
            headings.add(heading(column));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(headings.toArray(String[]::new)).get();
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, format)) {
            List<LedgerLine> lines = ledger.lines();
            for (int i = 0; i < lines.size(); i++) {
                report(progress, i, lines.size());
                List<String> record = new ArrayList<>(columns.length);
                for (Column column : columns) {
                    record.add(switch (value(lines.get(i), column)) {
                        case null -> "";
                        case Long number -> number.toString();
                        case Money money -> money.toPlainString();
                        case BigDecimal number -> number.stripTrailingZeros().toPlainString();
                        case LocalDate date -> date.toString();
                        case Object text -> SpreadsheetText.forCsv(text.toString());
                    });
                }
                printer.printRecord(record);
            }
            report(progress, lines.size(), lines.size());
        }
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

    private List<Total> totals(PaymentLedger ledger) {
        return List.of(new Total(messages.text("payments.ledger.total.owed"), ledger.owed()),
                new Total(messages.text("payments.ledger.total.paidByUs"), ledger.paidByOrganisation()),
                new Total(messages.text("payments.ledger.total.all"), ledger.total()));
    }

    private String heading(Column column) {
        return messages.text("payments.ledger.column." + column.name());
    }

    /** A line's value for a column: a number, an amount, a date or text; null when there is none. */
    private Object value(LedgerLine line, Column column) {
        return switch (column) {
            case CLAIM -> line.claimId();
            case PERSON -> line.personName();
            case ACTIVITY -> line.activity();
            case ACTIVITY_DATE -> line.activityDate();
            case CATEGORY -> messages.text(line.category().labelKey());
            case DESCRIPTION -> line.description();
            case QUANTITY -> line.quantity();
            case UNIT -> unit(line);
            case AMOUNT -> line.amount();
            case PAID_BY_ORGANISATION -> messages.text(line.paidByOrganisation()
                    ? "payments.ledger.yes" : "payments.ledger.no");
            case ADJUSTMENT_REASON -> line.adjustmentReason();
            case STATUS -> messages.text(line.status().labelKey());
            case PAID_ON -> line.paidOn();
            case METHOD -> line.paymentMethod() == null ? null
                    : messages.text(line.paymentMethod().labelKey());
            case REFERENCE -> line.paymentReference();
        };
    }

    /** What the quantity is counted in, or null for a line at cost. */
    private String unit(LedgerLine line) {
        if (line.quantity() == null) {
            return null;
        }
        if (line.feeUnit() != null) {
            return messages.text("payments.ledger.unit." + line.feeUnit().name());
        }
        return messages.text(line.category() == ClaimCategory.MILEAGE
                ? "payments.ledger.unit.MILES" : "payments.ledger.unit.HOURS");
    }
}
