package org.fourpi.toolkit.payments;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.spreadsheet.SheetCells;
import org.fourpi.toolkit.common.spreadsheet.SpreadsheetText;
import org.fourpi.toolkit.common.spreadsheet.StreamingWorkbooks;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.payments.PaymentLedgerExportService.Column;

/**
 * The ledger's workbook and CSV file as they were written before the export streamed its lines: the
 * whole ledger read first, every cell written in turn. Kept as the reference the export must still match.
 */
final class LedgerFileBefore {

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 50;

    private final Messages messages;

    LedgerFileBefore(Messages messages) {
        this.messages = messages;
    }

    void writeWorkbook(PaymentLedger ledger, Path target) throws IOException {
        try (SXSSFWorkbook workbook = StreamingWorkbooks.PLAIN.create()) {
            fill(workbook.createSheet(messages.text("payments.ledger.sheetName")), new SheetCells(workbook), ledger);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
    }

    void fill(Workbook workbook, SheetCells cells, String sheetName, PaymentLedger ledger) {
        fill(workbook.createSheet(sheetName), cells, ledger);
    }

    private void fill(Sheet sheet, SheetCells cells, PaymentLedger ledger) {
        Column[] columns = Column.values();
        int[] widths = new int[columns.length];
        Row header = sheet.createRow(0);
        for (Column column : columns) {
            widths[column.ordinal()] = cells.header(header.createCell(column.ordinal()), heading(column)) + 3;
        }
        List<LedgerLine> lines = ledger.lines();
        for (int i = 0; i < lines.size(); i++) {
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
        int labelColumn = Column.UNIT.ordinal();
        int amountColumn = Column.AMOUNT.ordinal();
        int r = last + 2;
        List<String> labels = List.of(messages.text("payments.ledger.total.owed"),
                messages.text("payments.ledger.total.paidByUs"), messages.text("payments.ledger.total.all"));
        List<Money> amounts = List.of(ledger.owed(), ledger.paidByOrganisation(), ledger.total());
        for (int t = 0; t < labels.size(); t++) {
            Row row = sheet.createRow(r++);
            widths[labelColumn] = Math.max(widths[labelColumn], cells.header(row.createCell(labelColumn), labels.get(t)));
            cells.boldPounds(row.createCell(amountColumn), amounts.get(t).amount());
        }
        if (ledger.hasRejected()) {
            cells.text(sheet.createRow(r).createCell(0), messages.text("payments.ledger.rejectedNotCounted"));
        }
        widths[labelColumn] = Math.min(widths[labelColumn], 30);
        for (Column column : columns) {
            sheet.setColumnWidth(column.ordinal(), Math.clamp(widths[column.ordinal()], MIN_WIDTH, MAX_WIDTH) * 256);
        }
    }

    void writeCsv(PaymentLedger ledger, Path target) throws IOException {
        Column[] columns = Column.values();
        List<String> headings = new ArrayList<>();
        for (Column column : columns) {
            headings.add(heading(column));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(headings.toArray(String[]::new)).get();
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, format)) {
            for (LedgerLine line : ledger.lines()) {
                List<String> record = new ArrayList<>(columns.length);
                for (Column column : columns) {
                    record.add(switch (value(line, column)) {
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
        }
    }

    private String heading(Column column) {
        return messages.text("payments.ledger.column." + column.name());
    }

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
