package org.fourpi.toolkit.common.spreadsheet;

import java.io.OutputStream;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.poifs.crypt.temp.SXSSFWorkbookWithCustomZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Makes the streaming workbooks that exports write. A streaming workbook keeps the rows it has written in
 * temporary files until the workbook is saved; when the data is protected with a passphrase those files
 * are encrypted with a key that lives only in memory, so no personal data lands on disk in plain text
 * on the way to the file the person chose.
 */
public final class StreamingWorkbooks {

    /** Plain temporary files, for data that is not protected. */
    public static final StreamingWorkbooks PLAIN = new StreamingWorkbooks(false);
    /** Encrypted temporary files, for protected data. */
    public static final StreamingWorkbooks ENCRYPTED = new StreamingWorkbooks(true);

    private static final int ROWS_IN_MEMORY = 100;

    private final boolean encryptTemporaryFiles;

    private StreamingWorkbooks(boolean encryptTemporaryFiles) {
        this.encryptTemporaryFiles = encryptTemporaryFiles;
    }

    /** Encrypted temporary files when the data is protected, plain ones when it is not. */
    public static StreamingWorkbooks forProtectedData(boolean dataProtected) {
        return dataProtected ? ENCRYPTED : PLAIN;
    }

    public boolean encryptsTemporaryFiles() {
        return encryptTemporaryFiles;
    }

    /** A new streaming workbook; close it when done, which removes its temporary files. */
    public SXSSFWorkbook create() {
        return encryptTemporaryFiles ? new SXSSFWorkbookWithCustomZipEntrySource() : new SXSSFWorkbook(ROWS_IN_MEMORY);
    }

    /**
     * A new streaming workbook for sheets of hundreds of thousands of rows, such as the payments ledger:
     * the same, but the saved file is compressed at the quickest level, which makes it a little larger and
     * much quicker to save. Temporary files are still encrypted when the data is protected.
     */
    public SXSSFWorkbook createForLargeSheets() {
        return encryptTemporaryFiles ? new SXSSFWorkbookWithCustomZipEntrySource() {
            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
                return quickest(super.createArchiveOutputStream(out));
            }
        } : new SXSSFWorkbook(ROWS_IN_MEMORY) {
            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
                return quickest(super.createArchiveOutputStream(out));
            }
        };
    }

    private static ZipArchiveOutputStream quickest(ZipArchiveOutputStream zip) {
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
