package org.fourpi.toolkit.people;

/**
 * A spreadsheet was refused before anything was imported: too large, not really a spreadsheet,
 * or built to swamp the computer. The message is a plain sentence naming the file and the reason.
 */
public final class SpreadsheetRefusedException extends RuntimeException {

    /** Why the file was refused. */
    public enum Reason {
        NOT_FOUND,
        UNSUPPORTED_TYPE,
        OLD_EXCEL,
        NOT_A_SPREADSHEET,
        /** A CSV file with a quote mark that is never closed, so the rest of the file would be one cell. */
        QUOTE_NOT_CLOSED,
        /** A CSV file with text straight after the quote mark that closes a cell. */
        TEXT_AFTER_QUOTE,
        /** A CSV file with some other mistake in one row. */
        CSV_ROW_UNREADABLE,
        TOO_LARGE,
        TOO_MANY_ROWS,
        TOO_MANY_COLUMNS,
        CELL_TOO_LONG,
        TOO_MUCH_TEXT,
        ZIP_BOMB,
        NO_HEADINGS,
        UNREADABLE,
        /** A folder, a device or a pipe rather than a file. */
        NOT_A_FILE,
        /** A CSV file in UTF-16 without the mark at its start that says so. */
        UTF16_WITHOUT_MARK,
        /** A CSV file that is partly UTF-8 and partly another encoding. */
        MIXED_ENCODING
    }

    private final Reason reason;

    SpreadsheetRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
