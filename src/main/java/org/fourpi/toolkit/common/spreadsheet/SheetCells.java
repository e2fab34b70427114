package org.fourpi.toolkit.common.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.fourpi.toolkit.common.money.Money;

/**
 * Writes values into an Excel workbook's cells with the right kind and look: text always as text
 * (never a formula, and quote-prefixed when it looks like one), dates as real dates, amounts as numbers
 * shown in pounds. Numbers are converted for the spreadsheet only here, at the last step.
 */
public final class SheetCells {

    /** Pounds and pence, with a minus sign for money taken off. */
    public static final String POUNDS_FORMAT = "£#,##0.00";

    private final CellStyle header;
    private final CellStyle boldPounds;
    private final CellStyle date;
    private final CellStyle pounds;
    private final CellStyle formulaLike;

    public SheetCells(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        pounds = workbook.createCellStyle();
        pounds.setDataFormat(workbook.createDataFormat().getFormat(POUNDS_FORMAT));
        boldPounds = workbook.createCellStyle();
        boldPounds.cloneStyleFrom(pounds);
        boldPounds.setFont(bold);
        formulaLike = workbook.createCellStyle();
        formulaLike.setQuotePrefixed(true);
    }

    /** A bold heading. Returns roughly how many characters wide it shows. */
    public int header(Cell cell, String text) {
        cell.setCellValue(text);
        cell.setCellStyle(header);
        return text.length();
    }

    /**
     * Text, never a formula, so nothing runs when the file is opened. Text that a spreadsheet could take
     * for a formula is also given a quote-prefixed style (Excel's "'" that is not part of the value), so
     * it stays text when someone edits the cell and presses Enter, and "+44 7700 900123" shows as it
     * is. The trade-off: the style lives only in the workbook, so if it is saved as CSV and that file is
     * opened again, a spreadsheet may read such text as a formula; putting a "'" into the text itself
     * would survive that, but every phone number would then show the apostrophe. Empty text leaves the
     * cell blank. Returns roughly how many characters wide it shows.
     */
    public int text(Cell cell, String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        cell.setCellValue(text);
        if (SpreadsheetText.looksLikeFormula(text)) {
            cell.setCellStyle(formulaLike);
        }
        return text.lines().mapToInt(String::length).max().orElse(0);
    }

    /** A real date, shown as day/month/year; null leaves the cell blank. */
    public int date(Cell cell, LocalDate value) {
        if (value == null) {
            return 0;
        }
        cell.setCellValue(value);
        cell.setCellStyle(date);
        return 10;
    }

    /** An amount of money as a number, shown in pounds. */
    public int pounds(Cell cell, BigDecimal amount) {
        cell.setCellValue(amount.doubleValue());
        cell.setCellStyle(pounds);
        return amount.toPlainString().length() + 3;
    }

    /** An amount of money in bold, for totals. */
    public int boldPounds(Cell cell, BigDecimal amount) {
        int width = pounds(cell, amount);
        cell.setCellStyle(boldPounds);
        return width;
    }

    /** A plain number such as a quantity; null leaves the cell blank. */
    public int number(Cell cell, BigDecimal value) {
        if (value == null) {
            return 0;
        }
        cell.setCellValue(value.doubleValue());
        return value.stripTrailingZeros().toPlainString().length();
    }

    /** A whole number such as a claim's number. */
    public int number(Cell cell, long value) {
        cell.setCellValue(value);
        return Long.toString(value).length();
    }

    /**
     * Any value as its kind of cell: whole numbers and other numbers, money in pounds, dates, and
     * anything else as text; null leaves the cell empty. Returns the width the value needs, in characters.
     */
    public int value(Cell cell, Object value) {
        return switch (value) {
            case null -> 0;
            case Long number -> number(cell, number);
            case Integer number -> number(cell, number.longValue());
            case Money money -> pounds(cell, money.amount());
            case BigDecimal number -> number(cell, number);
            case LocalDate date -> date(cell, date);
            case Object text -> text(cell, text.toString());
        };
    }

    /**
     * Finishes a table whose header is its first row: the header stays in view, every column has a
     * filter, and each column is as wide as its widest value within the limits, in characters.
     */
    public static void finishTable(Sheet sheet, int lastRow, int[] widths, int minWidth, int maxWidth) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 1), 0, widths.length - 1));
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.clamp(widths[c], minWidth, maxWidth) * 256);
        }
    }
}
