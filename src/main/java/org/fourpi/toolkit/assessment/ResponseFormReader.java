package org.fourpi.toolkit.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.fourpi.toolkit.common.files.FileSignature;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a filled-in response form as a stream of XML events, never loading the workbook whole, and
 * refuses files that are too large, not workbooks, or built to swamp the computer. It only reads:
 * deciding what the answers mean is the service's work.
 */
final class ResponseFormReader {

    /** A form is a few dozen rows; anything much bigger is not one. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    static final int MAX_ROWS = 2_000;
    static final int MAX_CELL_CHARS = 32_767;
    static final long MAX_TOTAL_CHARS = 2_000_000L;
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;

    static {
        // These limits are global to POI; they only ever tighten its defaults.
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_BYTES));
    }

    /** Why a file could not be read as a form at all. */
    enum Refusal { CANNOT_READ, TOO_LARGE, NOT_A_FORM }

    /** A file that could not be read as a form. */
    static final class RefusedException extends Exception {
        private final Refusal refusal;

        RefusedException(Refusal refusal, Throwable cause) {
            super(refusal.name(), cause);
            this.refusal = refusal;
        }

        Refusal refusal() {
            return refusal;
        }
    }

    /** One statement's row as written in the file, row numbers counted from 1 as a spreadsheet shows them. */
    record Line(int row, String code, String answer, String comment) {
    }

    /** What the file holds: the hidden details by name, and the statement rows in order. */
    record Contents(Map<String, String> details, List<Line> lines) {
    }

    Contents read(Path file) throws RefusedException {
        if (!FileSignature.isOrdinaryFile(file)) {
            throw new RefusedException(Refusal.CANNOT_READ, null);
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new RefusedException(Refusal.TOO_LARGE, null);
            }
            byte[] start;
            try (InputStream in = Files.newInputStream(file)) {
                start = in.readNBytes(4);
            }
            if (!FileSignature.startsWith(start, 0x50, 0x4B, 0x03, 0x04)) {
                throw new RefusedException(Refusal.NOT_A_FORM, null);
            }
        } catch (IOException | SecurityException e) {
            throw new RefusedException(Refusal.CANNOT_READ, e);
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            Collector form = null;
            Collector details = null;
            Budget budget = new Budget();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (ResponseFormWorkbook.FORM_SHEET.equals(name) && form == null) {
                        form = parse(sheet, styles, strings, budget);
                    } else if (ResponseFormWorkbook.DETAILS_SHEET.equals(name) && details == null) {
                        details = parse(sheet, styles, strings, budget);
                    }
                }
            }
            if (form == null || details == null) {
                throw new RefusedException(Refusal.NOT_A_FORM, null);
            }
            Map<String, String> values = new HashMap<>();
            details.rows.forEach((row, cells) -> {
                String name = cells.get(0);
                String value = cells.get(1);
                if (name != null && value != null) {
                    values.put(name.strip(), value.strip());
                }
            });
            List<Line> lines = new ArrayList<>();
            form.rows.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                String code = e.getValue().get(ResponseFormWorkbook.CODE_COLUMN);
                if (code != null && !code.isBlank()) {
                    lines.add(new Line(e.getKey(), code.strip(),
                            e.getValue().getOrDefault(ResponseFormWorkbook.ANSWER_COLUMN, ""),
                            e.getValue().getOrDefault(ResponseFormWorkbook.COMMENT_COLUMN, "")));
                }
            });
            return new Contents(values, lines);
        } catch (RefusedException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException
                 | javax.xml.parsers.ParserConfigurationException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof TooBig) {
                    throw new RefusedException(Refusal.TOO_LARGE, e);
                }
                String message = t.getMessage() == null ? "" : t.getMessage();
                if (message.contains("Zip bomb") || message.contains("potentially malicious")) {
                    throw new RefusedException(Refusal.TOO_LARGE, e);
                }
            }
            throw new RefusedException(Refusal.CANNOT_READ, e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    private static Collector parse(InputStream sheet, StylesTable styles, ReadOnlySharedStringsTable strings,
                                   Budget budget) throws IOException, SAXException,
            javax.xml.parsers.ParserConfigurationException {
        Collector collector = new Collector(budget);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new PlainFormatter(),
                false));
        parser.parse(new InputSource(sheet));
        return collector;
    }

    /** Raised inside the parser when a limit is passed. */
    private static final class TooBig extends RuntimeException {
        TooBig() {
            super("The file holds more than a response form can");
        }
    }

    /** The text and rows kept from one file across its sheets. */
    private static final class Budget {
        long chars;
        int rows;
    }

    /** Numbers as plain text ("3", not "3.0"), so a typed number reads as the number. */
    private static final class PlainFormatter extends DataFormatter {
        PlainFormatter() {
            super(Locale.UK);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return Double.toString(value);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** Keeps the cells of the first four columns, row by row. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Budget budget;
        final Map<Integer, Map<Integer, String>> rows = new HashMap<>();
        private Map<Integer, String> current;

        Collector(Budget budget) {
            this.budget = budget;
        }

        @Override
        public void startRow(int rowNum) {
            if (++budget.rows > MAX_ROWS) {
                throw new TooBig();
            }
            current = new HashMap<>();
            rows.put(rowNum + 1, current);
        }

        @Override
        public void endRow(int rowNum) {
            current = null;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value == null || current == null || reference == null) {
                return;
            }
            int column = columnIndex(reference);
            if (column > ResponseFormWorkbook.COMMENT_COLUMN) {
                return;
            }
            if (value.length() > MAX_CELL_CHARS) {
                throw new TooBig();
            }
            budget.chars += value.length();
            if (budget.chars > MAX_TOTAL_CHARS) {
                throw new TooBig();
            }
            current.put(column, value.replace('\u00A0', ' '));
        }
    }

    static int columnIndex(String reference) {
        int index = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            index = index * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return index - 1;
    }
}
