package org.fourpi.toolkit.payments;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.fourpi.toolkit.common.text.Labelled;

/** The kinds of file the payments ledger can be written to, known by the file name's ending. */
public enum LedgerFormat implements Labelled {
    /** An Excel workbook, for people. */
    XLSX(".xlsx"),
    /** Plain comma-separated values, for finance packages. */
    CSV(".csv");

    private final String extension;

    LedgerFormat(String extension) {
        this.extension = extension;
    }

    /** ".xlsx" or ".csv". */
    public String extension() {
        return extension;
    }

    /** The format a file name asks for, if it ends in .xlsx or .csv (in any case). */
    public static Optional<LedgerFormat> of(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (LedgerFormat format : values()) {
            if (text.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The file with this format's ending added, unless it already has it. */
    public Path withExtension(Path file) {
        return of(file).filter(f -> f == this).isPresent() ? file
                : file.resolveSibling(file.getFileName() + extension);
    }

    @Override
    public String labelKey() {
        return "payments.ledger.format." + name();
    }
}
