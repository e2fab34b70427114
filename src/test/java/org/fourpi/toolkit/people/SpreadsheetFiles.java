package org.fourpi.toolkit.people;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the messy spreadsheets the import tests read, as people's own programs would. */
final class SpreadsheetFiles {

    private SpreadsheetFiles() {
    }

    /** A CSV file in the given encoding, with a UTF-8 byte-order mark in front when asked. */
    static Path csv(Path file, String text, Charset charset, boolean byteOrderMark) throws IOException {
        byte[] body = text.getBytes(charset);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (byteOrderMark) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(body);
        }
        return file;
    }

    static Path csv(Path file, String text) throws IOException {
        return csv(file, text, StandardCharsets.UTF_8, false);
    }

    /**
     * A workbook with one sheet. Strings become text cells, numbers number cells, and a
     * {@link LocalDate} a number cell formatted as a date, as Excel keeps dates.
     */
    static Path xlsx(Path file, Object[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("People");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("d-mmm-yy"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    switch (value) {
                        case String text -> cell.setCellValue(text);
                        case Number number -> cell.setCellValue(number.doubleValue());
                        case LocalDate day -> {
                            cell.setCellValue(day);
                            cell.setCellStyle(date);
                        }
                        default -> throw new IllegalArgumentException(value.toString());
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /**
     * A copy of a workbook whose sheet has a long run of spaces added: harmless XML that packs
     * down to almost nothing, as the parts of a zip bomb do.
     */
    static Path padded(Path workbook, Path copy, int spaces) throws IOException {
        try (ZipFile in = new ZipFile(workbook.toFile()); ZipOutputStream out = new ZipOutputStream(
                Files.newOutputStream(copy))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.indexOf("?>") + 2;
                    out.write((xml.substring(0, end) + " ".repeat(spaces) + xml.substring(end))
                            .getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        return copy;
    }
}
