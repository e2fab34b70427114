package org.fourpi.toolkit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log in Excel: the columns in words, newest first, formulas kept as text, no file when stopped. */
class AuditExportServiceTest {

    @TempDir
    Path temp;

    private TestServices test;

    @BeforeEach
    void open() {
        test = TestServices.open(temp.resolve("data"));
    }

    @AfterEach
    void close() {
        test.close();
    }

    private static List<List<String>> read(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Audit log");
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 8; c++) {
                    Cell cell = row.getCell(c);
                    assertThat(cell == null || cell.getCellType() != CellType.FORMULA).isTrue();
                    cells.add(cell == null ? "" : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void writesEveryChangeNewestFirstInWordsWithTextThatLooksLikeAFormulaKeptAsText() throws IOException {
        var people = test.services().people();
        long id = people.save(Person.named("Ada", "Lovelace")).id();
        Person ada = people.find(id).orElseThrow().person();
        people.save(new Person(id, "=HYPERLINK(\"http://x\")", ada.lastName(), "", ada.perspective(), ada.roles(), "",
                ada.levels(), "", "", "", "", null, false, null, ada.needs(), "", "", ada.status()));
        Path file = temp.resolve("audit.xlsx");

        int written = test.services().auditExport().export(file, AuditFilter.ALL, Progress.NONE);

        assertThat(written).isEqualTo(2);
        List<List<String>> rows = read(file);
        assertThat(rows.getFirst()).containsExactly("When", "Who", "Area", "Record", "What", "Field", "Before", "After");
        assertThat(rows.get(1)).containsExactly("26/11/2026 10:00", "coordinator", "People", "Person " + id,
                "Details changed", "First name", "Ada", "=HYPERLINK(\"http://x\")");
        assertThat(rows.get(2)).containsExactly("26/11/2026 10:00", "coordinator", "People", "Person " + id,
                "Person added", "", "", "Ada Lovelace");
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(7).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void writesOnlyWhatTheFilterLetsThrough() throws IOException {
        test.services().people().save(Person.named("Ada", "Lovelace"));
        test.services().paymentPolicy().savePolicyText("We pay within a week.");
        Path file = temp.resolve("payments.xlsx");

        test.services().auditExport().export(file, new AuditFilter(AuditArea.PAYMENTS, null, null, "", null, null),
                Progress.NONE);

        assertThat(read(file)).hasSize(2).last().satisfies(row ->
                assertThat(row).contains("Payments", "Payment policy text changed", "We pay within a week."));
    }

    @Test
    void leavesNoFileWhenStoppedOrWhenTheFolderIsMissing() throws IOException {
        test.services().people().save(Person.named("Ada", "Lovelace"));
        Progress stop = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelRequested() {
                return true;
            }
        };

        assertThatThrownBy(() -> test.services().auditExport().export(temp.resolve("stopped.xlsx"), AuditFilter.ALL,
                stop)).isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> test.services().auditExport().export(temp.resolve("gone").resolve("a.xlsx"),
                AuditFilter.ALL, Progress.NONE)).isInstanceOf(UncheckedIOException.class);
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("data");
        }
    }
}
