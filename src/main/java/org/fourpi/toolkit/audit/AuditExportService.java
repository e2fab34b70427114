package org.fourpi.toolkit.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fourpi.toolkit.common.spreadsheet.StreamingWorkbooks;
import org.fourpi.toolkit.common.files.ReplacedFile;
import org.fourpi.toolkit.common.spreadsheet.SheetCells;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;

/**
 * Writes the audit log, or the part a filter lets through, to an Excel workbook, newest first: a few
 * hundred rows in memory at a time, every value as text that can never run as a formula.
 */
public final class AuditExportService {

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    private static final List<String> COLUMNS = List.of("when", "who", "area", "record", "what", "field", "before",
            "after");

    private final AuditService audit;
    private final Messages messages;
    private final AuditWords words;
    private final StreamingWorkbooks workbooks;

    public AuditExportService(AuditService audit, Messages messages, StreamingWorkbooks workbooks) {
        this.workbooks = workbooks;
        this.audit = audit;
        this.messages = messages;
        this.words = new AuditWords(messages);
    }

    /**
     * Writes the workbook; a file of that name is replaced only once it is complete.
     *
     * @return how many entries were written
     * @throws UncheckedIOException  when the file cannot be written
     * @throws CancellationException when the progress asked to stop; no file is left then
     */
    public int export(Path file, AuditFilter filter, Progress progress) {
        int[] written = {0};
        try {
            ReplacedFile.write(file, ".audit-log-", temp -> {
                try (SXSSFWorkbook workbook = workbooks.create()) {
                    try {
                        written[0] = fill(workbook, filter, progress);
                    } catch (RuntimeException stoppedOrFailed) {
                        // Rows still wait in memory; let them go before the workbook closes.
                        workbook.dispose();
                        throw stoppedOrFailed;
                    }
                    try (OutputStream out = Files.newOutputStream(temp)) {
                        workbook.write(out);
                    }
                }
            });
            return written[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int fill(SXSSFWorkbook workbook, AuditFilter filter, Progress progress) {
        SheetCells cells = new SheetCells(workbook);
        Sheet sheet = workbook.createSheet(messages.text("audit.export.sheet"));
        int[] widths = new int[COLUMNS.size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < COLUMNS.size(); c++) {
            widths[c] = cells.header(header.createCell(c), messages.text("audit.column." + COLUMNS.get(c))) + 3;
        }
        int[] next = {1};
        int written = audit.forEach(filter, entry -> {
            Row row = sheet.createRow(next[0]++);
            List<String> values = List.of(words.when(entry.changedAt()), entry.changedBy(), words.area(entry.area()),
                    words.record(entry), words.what(entry.what()), words.field(entry.field()),
                    entry.before() == null ? "" : entry.before(), entry.after() == null ? "" : entry.after());
            for (int c = 0; c < values.size(); c++) {
                widths[c] = Math.max(widths[c], cells.text(row.createCell(c), values.get(c)));
            }
        }, progress, messages.text("audit.export.progress"));
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.setColumnWidth(c, Math.clamp(widths[c], MIN_WIDTH, MAX_WIDTH) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(written, 1), 0, COLUMNS.size() - 1));
        return written;
    }
}
