package org.fourpi.toolkit.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.Perspective;

/** Helpers for tests that fill in response forms the way a person would, in a spreadsheet program. */
final class ResponseFormFiles {

    private ResponseFormFiles() {
    }

    static AssessmentStart start(String title, String... names) {
        List<ParticipantInput> people = java.util.Arrays.stream(names)
                .map(n -> new ParticipantInput(null, null, n, Perspective.SERVICE_USER)).toList();
        return new AssessmentStart(title, java.time.LocalDate.of(2026, 11, 20),
                EnumSet.of(InvolvementLevel.C, InvolvementLevel.D), "Sam Facilitator",
                AssessmentMode.EACH_THEN_GROUP, people);
    }

    static Participant named(Assessment a, String name) {
        return a.participants().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** Types answers (and comments) into the form file beside the given indicator codes, and saves it. */
    static void fill(Path file, String... codesAndAnswers) throws IOException {
        fillColumn(file, 2, codesAndAnswers);
    }

    static void comment(Path file, String... codesAndComments) throws IOException {
        fillColumn(file, 3, codesAndComments);
    }

    private static void fillColumn(Path file, int column, String... pairs) throws IOException {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        XSSFSheet sheet = workbook.getSheet("Response form");
        for (int i = 0; i < pairs.length; i += 2) {
            Row row = sheet.getRow(rowOf(sheet, pairs[i]));
            Cell cell = row.getCell(column);
            if (pairs[i + 1].isEmpty()) {
                cell.setBlank();
            } else {
                cell.setCellValue(pairs[i + 1]);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
    }

    /** The 0-based row holding an indicator's statement. */
    static int rowOf(XSSFSheet sheet, String code) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && code.equals(cell.getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new IllegalArgumentException("No row for " + code);
    }

    static int sheetRowOf(Path file, String code) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            return rowOf(workbook.getSheet("Response form"), code) + 1;
        }
    }
}
