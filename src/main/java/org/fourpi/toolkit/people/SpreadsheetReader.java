package org.fourpi.toolkit.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.fourpi.toolkit.common.files.FileSignature;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx workbook, or a .csv file, into headings and rows of text,
 * refusing files that are too large or not what they claim to be. Workbooks are read as a stream
 * of XML events, never loaded whole, so a large or hostile file cannot exhaust memory.
 */
final class SpreadsheetReader {

    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final int MAX_ROWS = 50_000;
    /** The most characters Excel itself allows in one cell. */
    static final int MAX_CELL_CHARS = 32_767;
    static final int MAX_COLUMNS = 250;
    /** All the text kept from one file; a few shared strings repeated in every cell could otherwise fill memory. */
    static final long MAX_TOTAL_CHARS = 40_000_000L;
    /** An entry in a workbook may expand to 100 times its packed size, no more (POI's default ratio). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of a 20 MB workbook needs more than this once unpacked. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    private static final int PROGRESS_EVERY = 500;
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    static {
        // These limits are global to POI; they only ever tighten its defaults.
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_BYTES));
    }

    private final Messages messages;

    SpreadsheetReader(Messages messages) {
        this.messages = messages;
    }

    /** The text of a sheet: its headings and the rows below them that hold anything. */
    record Table(List<String> headers, List<PeopleImportSheet.Row> rows) {
    }

    /**
     * Reads a file.
     *
     * @throws SpreadsheetRefusedException when the file is refused; the message says why
     * @throws CancellationException when the progress asked to stop
     */
    Table read(Path file, Progress progress) {
        String name = fileName(file);
        if (Files.exists(file) && !FileSignature.isOrdinaryFile(file)) {
            // A folder, or a device such as /dev/zero that never ends, or a pipe that waits for ever.
            throw refused(SpreadsheetRefusedException.Reason.NOT_A_FILE, null, name);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw refused(SpreadsheetRefusedException.Reason.NOT_FOUND, e, name);
        } catch (IOException | SecurityException e) {
            throw refused(SpreadsheetRefusedException.Reason.UNREADABLE, e, name);
        }
        if (size > MAX_FILE_BYTES) {
            throw refused(SpreadsheetRefusedException.Reason.TOO_LARGE, null, name, MAX_FILE_BYTES / (1024 * 1024));
        }
        String extension = extension(name);
        byte[] start = firstBytes(file, name);
        boolean zip = FileSignature.startsWith(start, 0x50, 0x4B, 0x03, 0x04);
        boolean oldOffice = FileSignature.startsWith(start, 0xD0, 0xCF, 0x11, 0xE0);
        return switch (extension) {
            case "xlsx", "xlsm" -> {
                if (oldOffice) {
                    throw refused(SpreadsheetRefusedException.Reason.OLD_EXCEL, null, name);
                }
                if (!zip) {
                    throw refused(SpreadsheetRefusedException.Reason.NOT_A_SPREADSHEET, null, name);
                }
                yield readWorkbook(file, name, progress);
            }
            case "csv" -> {
                if (looksLikeUtf16WithoutMark(start)) {
                    throw refused(SpreadsheetRefusedException.Reason.UTF16_WITHOUT_MARK, null, name);
                }
                if (zip || oldOffice || looksBinary(start)) {
                    throw refused(SpreadsheetRefusedException.Reason.NOT_A_SPREADSHEET, null, name);
                }
                yield readCsv(file, name, progress);
            }
            case "xls" -> throw refused(SpreadsheetRefusedException.Reason.OLD_EXCEL, null, name);
            default -> throw refused(SpreadsheetRefusedException.Reason.UNSUPPORTED_TYPE, null, name);
        };
    }

    // ---- .xlsx ----------------------------------------------------------------------------------

    private Table readWorkbook(Path file, String name, Progress progress) {
        Collector collector = new Collector(name, progress);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            boolean date1904;
            try (InputStream workbook = reader.getWorkbookData()) {
                date1904 = usesDate1904(workbook);
            }
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw refused(SpreadsheetRefusedException.Reason.NO_HEADINGS, null, name);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector,
                        new PlainFormatter(date1904), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException
                 | javax.xml.parsers.ParserConfigurationException e) {
            throw translate(e, name);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
        return collector.table();
    }

    /** Turns whatever POI or the XML parser threw into a plain refusal, keeping our own reasons. */
    private RuntimeException translate(Exception e, String name) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SpreadsheetRefusedException refused) {
                return refused;
            }
            if (t instanceof CancellationException cancelled) {
                return cancelled;
            }
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("Zip bomb") || message.contains("potentially malicious")) {
                return refused(SpreadsheetRefusedException.Reason.ZIP_BOMB, e, name);
            }
        }
        return refused(SpreadsheetRefusedException.Reason.NOT_A_SPREADSHEET, e, name);
    }

    /**
     * Formats numbers as plain text ("7700900123", not "7.7E+09") and dates as yyyy-MM-dd whatever
     * date format the cell shows, so a date reads the same on any computer.
     */
    private static final class PlainFormatter extends DataFormatter {
        private final boolean date1904;

        PlainFormatter(boolean date1904) {
            super(Locale.UK);
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, date1904).toLocalDate().format(ISO_DATE);
            }
            return plainNumber(value);
        }
    }

    /**
     * Whether the workbook counts its dates from 1904, as Excel for the Mac once did; read as 1900
     * dates they would all be four years and a day early.
     */
    private static boolean usesDate1904(InputStream workbook) throws IOException, SAXException,
            javax.xml.parsers.ParserConfigurationException {
        boolean[] found = new boolean[1];
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String value = attributes.getValue("date1904");
                    found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
        });
        parser.parse(new InputSource(workbook));
        return found[0];
    }

    static String plainNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Gathers cells as the sheet streams past, checking the limits as it goes. */
    private final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private List<String> current;
        private int rowNumber;
        private int nextColumn;

        Collector(String name, Progress progress) {
            this.rows = new Rows(name, progress);
        }

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
            rowNumber = rowNum + 1;
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(rowNum + 1, current);
            current = null;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value == null || current == null) {
                return;
            }
            int column = reference == null ? nextColumn : columnIndex(reference);
            nextColumn = column + 1;
            rows.checkColumn(column);
            String text = value.startsWith("ERROR:") ? value.substring("ERROR:".length()) : value;
            while (current.size() < column) {
                current.add("");
            }
            current.add(rows.keep(text, rowNumber, column));
        }

        Table table() {
            return rows.table();
        }
    }

    private static int columnIndex(String reference) {
        int index = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            index = index * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return index - 1;
    }

    // ---- .csv -----------------------------------------------------------------------------------

    private Table readCsv(Path file, String name, Progress progress) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            int mixed = mixedEncodingAt(bytes);
            if (mixed >= 0) {
                throw refused(SpreadsheetRefusedException.Reason.MIXED_ENCODING, null, name, lineOf(bytes, mixed));
            }
            text = decode(bytes);
        } catch (IOException e) {
            throw refused(SpreadsheetRefusedException.Reason.UNREADABLE, e, name);
        }
        Rows rows = new Rows(name, progress);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .get();
        long lastRow = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                lastRow = record.getRecordNumber();
                List<String> cells = new ArrayList<>(record.size());
                for (int i = 0; i < record.size(); i++) {
                    rows.checkColumn(i);
                    cells.add(rows.keep(record.get(i), (int) record.getRecordNumber(), i));
                }
                rows.add((int) record.getRecordNumber(), cells);
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            if (e.getCause() instanceof SpreadsheetRefusedException refused) {
                throw refused;
            }
            // The row is counted as a spreadsheet shows it: a cell with line breaks inside quotes is one row.
            throw csvProblem(e, name, lastRow + 1);
        }
        return rows.table();
    }

    /**
     * A plain refusal for a CSV file that commons-csv could not parse. Its exceptions carry no kind,
     * only a sentence, so the two mistakes people make by hand are told apart by that sentence; any
     * other still names the row.
     */
    private SpreadsheetRefusedException csvProblem(Exception e, String name, long row) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CSVException) {
                String message = t.getMessage() == null ? "" : t.getMessage();
                if (message.contains("EOF reached before encapsulated token finished")) {
                    return refused(SpreadsheetRefusedException.Reason.QUOTE_NOT_CLOSED, e, name, row);
                }
                if (message.contains("Invalid character between encapsulated token and delimiter")) {
                    return refused(SpreadsheetRefusedException.Reason.TEXT_AFTER_QUOTE, e, name, row);
                }
                return refused(SpreadsheetRefusedException.Reason.CSV_ROW_UNREADABLE, e, name, row);
            }
        }
        return refused(SpreadsheetRefusedException.Reason.NOT_A_SPREADSHEET, e, name);
    }

    /**
     * The text of a CSV file. Excel writes "CSV UTF-8" with a byte-order mark and plain "CSV" in
     * Windows-1252; a file that is not valid UTF-8 is read as Windows-1252, which accepts any byte.
     */
    static String decode(byte[] bytes) {
        if (FileSignature.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (FileSignature.startsWith(bytes, 0xFF, 0xFE) || FileSignature.startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /**
     * Where a file that holds UTF-8 letters such as "ë" also holds a byte that is not UTF-8 (often text
     * pasted from another file in Windows-1252), or -1. Read either way, some of its letters would come
     * out wrong, so it is refused rather than guessed.
     */
    static int mixedEncodingAt(byte[] bytes) {
        boolean utf8Letters = false;
        int firstBad = -1;
        int i = FileSignature.startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (FileSignature.startsWith(bytes, 0xFF, 0xFE) || FileSignature.startsWith(bytes, 0xFE, 0xFF)) {
            return -1;
        }
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int extra = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2
                    : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            boolean ok = extra >= 0 && i + extra < bytes.length;
            for (int k = 1; ok && k <= extra; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (!ok) {
                if (firstBad < 0) {
                    firstBad = i;
                }
                i++;
                continue;
            }
            utf8Letters |= extra > 0;
            i += extra + 1;
        }
        return utf8Letters ? firstBad : -1;
    }

    /** The line (from 1) that holds the byte at {@code offset}. */
    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * UTF-16 saved without its byte-order mark: every other byte of plain English text is zero. Read
     * as anything else it would be nonsense, so it is refused with a way to save it that works.
     */
    static boolean looksLikeUtf16WithoutMark(byte[] start) {
        if (start.length < 8 || FileSignature.startsWith(start, 0xFF, 0xFE) || FileSignature.startsWith(start, 0xFE, 0xFF)) {
            return false;
        }
        int pairs = start.length / 2;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < start.length; i += 2) {
            evenZeros += start[i] == 0 ? 1 : 0;
            oddZeros += start[i + 1] == 0 ? 1 : 0;
        }
        return oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs || evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs;
    }

    /** Comma, unless the first line holds more semicolons or tabs (as some European settings write). */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long tabs = firstLine.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    // ---- shared ---------------------------------------------------------------------------------

    /** The rows of either kind of file, with the limits every file must keep to. */
    private final class Rows {
        private final String name;
        private final Progress progress;
        private List<String> headers;
        private final List<PeopleImportSheet.Row> rows = new ArrayList<>();
        private long totalChars;

        Rows(String name, Progress progress) {
            this.name = name;
            this.progress = progress;
        }

        void checkColumn(int column) {
            if (column >= MAX_COLUMNS) {
                throw refused(SpreadsheetRefusedException.Reason.TOO_MANY_COLUMNS, null, name, MAX_COLUMNS);
            }
        }

        String keep(String raw, int rowNumber, int column) {
            if (raw.length() > MAX_CELL_CHARS) {
                throw refused(SpreadsheetRefusedException.Reason.CELL_TOO_LONG, null, name,
                        messages.text("import.location.cellShort", rowNumber, PeopleImportSheet.columnLetter(column)));
            }
            totalChars += raw.length();
            if (totalChars > MAX_TOTAL_CHARS) {
                throw refused(SpreadsheetRefusedException.Reason.TOO_MUCH_TEXT, null, name);
            }
            // A non-breaking space (pasted from web pages) is not whitespace to String.strip().
            return raw.replace('\u00A0', ' ');
        }

        void add(int number, List<String> cells) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (headers == null) {
                headers = cells.stream().map(String::strip).toList();
                return;
            }
            if (rows.size() >= MAX_ROWS) {
                throw refused(SpreadsheetRefusedException.Reason.TOO_MANY_ROWS, null, name, MAX_ROWS);
            }
            rows.add(new PeopleImportSheet.Row(number, cells));
            if (rows.size() % PROGRESS_EVERY == 0) {
                if (progress.isCancelRequested()) {
                    throw new CancellationException();
                }
                progress.update(rows.size(), -1, messages.text("import.progress.reading", rows.size()));
            }
        }

        Table table() {
            if (headers == null) {
                throw refused(SpreadsheetRefusedException.Reason.NO_HEADINGS, null, name);
            }
            return new Table(headers, rows);
        }
    }

    private SpreadsheetRefusedException refused(SpreadsheetRefusedException.Reason reason, Throwable cause,
                                                Object... args) {
        return new SpreadsheetRefusedException(reason,
                messages.text("import.refused." + reason.name(), args), cause);
    }

    private byte[] firstBytes(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8192);
        } catch (IOException | SecurityException e) {
            throw refused(SpreadsheetRefusedException.Reason.UNREADABLE, e, name);
        }
    }

    /** Text files hold no NUL bytes, except UTF-16, which starts with its byte-order mark. */
    private static boolean looksBinary(byte[] start) {
        if (FileSignature.startsWith(start, 0xFF, 0xFE) || FileSignature.startsWith(start, 0xFE, 0xFF)) {
            return false;
        }
        for (byte b : start) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
