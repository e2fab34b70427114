package org.fourpi.toolkit.common.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export of protected data leaves nothing readable in the spreadsheet library's temporary files. */
class StreamingWorkbooksTest {

    private static final String CANARY = "Zebedee Quarrington";

    @TempDir Path temporary;
    @TempDir Path out;

    @AfterEach
    void putBackTheUsualTemporaryFolder() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void protectedDataWritesEncryptedTemporaryFilesAndTheWorkbookStillReads() throws IOException {
        assertThat(temporaryFilesWhileWriting(StreamingWorkbooks.forProtectedData(true))).isNotEmpty()
                .noneSatisfy(text -> assertThat(text).contains(CANARY));
        assertThat(out.resolve("export.xlsx")).isNotEmptyFile();
        try (var read = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.resolve("export.xlsx").toFile())) {
            assertThat(read.getSheetAt(0).getRow(499).getCell(0).getStringCellValue()).isEqualTo(CANARY + " 499");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Test
    void largeSheetsOfProtectedDataAlsoWriteEncryptedTemporaryFilesAndTheWorkbookStillReads() throws IOException {
        StreamingWorkbooks workbooks = StreamingWorkbooks.forProtectedData(true);
        assertThat(temporaryFilesWhileWriting(workbooks::createForLargeSheets)).isNotEmpty()
                .noneSatisfy(text -> assertThat(text).contains(CANARY));
        try (var read = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.resolve("export.xlsx").toFile())) {
            assertThat(read.getSheetAt(0).getRow(499).getCell(0).getStringCellValue()).isEqualTo(CANARY + " 499");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Test
    void largeSheetsOfPlainDataReadBackTheSame() throws IOException {
        StreamingWorkbooks workbooks = StreamingWorkbooks.forProtectedData(false);
        assertThat(temporaryFilesWhileWriting(workbooks::createForLargeSheets))
                .anySatisfy(text -> assertThat(text).contains(CANARY));
        try (var read = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.resolve("export.xlsx").toFile())) {
            assertThat(read.getSheetAt(0).getRow(499).getCell(0).getStringCellValue()).isEqualTo(CANARY + " 499");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Test
    void plainDataWritesPlainTemporaryFiles() throws IOException {
        // Shows the search above can find the name when it is there.
        assertThat(temporaryFilesWhileWriting(StreamingWorkbooks.forProtectedData(false)))
                .anySatisfy(text -> assertThat(text).contains(CANARY));
    }

    /** Writes 500 rows, and reads every temporary file the library has made before the workbook closes. */
    private List<String> temporaryFilesWhileWriting(StreamingWorkbooks workbooks) throws IOException {
        return temporaryFilesWhileWriting(workbooks::create);
    }

    private List<String> temporaryFilesWhileWriting(Supplier<SXSSFWorkbook> workbooks) throws IOException {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temporary.toFile()));
        try (SXSSFWorkbook workbook = workbooks.get()) {
            SXSSFSheet sheet = workbook.createSheet("People");
            for (int row = 0; row < 500; row++) {
                sheet.createRow(row).createCell(0).setCellValue(CANARY + " " + row);
            }
            sheet.flushRows();
            List<String> texts = everyFile();
            try (OutputStream file = Files.newOutputStream(out.resolve("export.xlsx"))) {
                workbook.write(file);
            }
            return texts;
        }
    }

    private List<String> everyFile() throws IOException {
        try (Stream<Path> files = Files.walk(temporary)) {
            return files.filter(Files::isRegularFile).map(file -> {
                try {
                    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
