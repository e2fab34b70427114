package org.fourpi.toolkit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.fourpi.toolkit.common.spreadsheet.StreamingWorkbooks;
import org.fourpi.toolkit.common.db.DataKey;
import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log window's filter, pages and export, without the window. */
class AuditLogViewModelTest {

    @TempDir
    Path temp;

    private TestServices test;
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void open() {
        test = TestServices.open(temp.resolve("data"));
    }

    @AfterEach
    void close() {
        assertThat(executor.unexpected()).isEmpty();
        test.close();
    }

    private AuditLogViewModel viewModel() {
        return new AuditLogViewModel(test.services().audit(), test.services().auditExport(), executor, dialogs,
                TestServices.MESSAGES, TestServices.CLOCK);
    }

    @Test
    void showsTheNewestChangesInWordsAndFiltersByAreaAndWords() {
        long id = test.services().people().save(Person.named("Ada", "Lovelace")).id();
        test.services().paymentPolicy().savePolicyText("We pay within a week.");
        AuditLogViewModel log = viewModel();

        log.show();

        assertThat(log.rows()).extracting(AuditRow::what).containsExactly("Payment policy text changed",
                "Person added");
        assertThat(log.rows().get(1)).isEqualTo(new AuditRow("26/11/2026 10:00", "coordinator", "People",
                "Person " + id, "Person added", "", "", "Ada Lovelace"));
        assertThat(log.pageTextProperty().get()).isEqualTo("Showing 1 to 2 of 2 changes.");

        log.areaProperty().set(AreaFilter.PEOPLE);
        log.show();
        assertThat(log.rows()).extracting(AuditRow::what).containsExactly("Person added");

        log.areaProperty().set(AreaFilter.ALL);
        log.textProperty().set("within a week");
        log.show();
        assertThat(log.rows()).extracting(AuditRow::area).containsExactly("Payments");

        log.textProperty().set("nothing like this");
        log.show();
        assertThat(log.rows()).isEmpty();
        assertThat(log.pageTextProperty().get()).isEqualTo("No changes to show.");

        log.clearFilter();
        assertThat(log.rows()).hasSize(2);
    }

    @Test
    void refusesDaysTheWrongWayRoundAndKeepsToTheDaysChosen() {
        test.services().people().save(Person.named("Ada", "Lovelace"));
        AuditLogViewModel log = viewModel();
        log.show();

        log.fromProperty().set(LocalDate.of(2026, 11, 27));
        log.toProperty().set(LocalDate.of(2026, 11, 1));
        log.show();
        assertThat(log.filterErrorProperty().get()).isEqualTo("The first day is after the last day. Change one of them.");
        assertThat(log.rows()).as("the page shown before stays").hasSize(1);

        log.toProperty().set(null);
        log.show();
        assertThat(log.filterErrorProperty().get()).isEmpty();
        assertThat(log.rows()).isEmpty();

        log.fromProperty().set(LocalDate.of(2026, 11, 26));
        log.show();
        assertThat(log.rows()).hasSize(1);
    }

    @Test
    void goesThroughALongLogAPageAtATime() {
        try (Database database = Database.open(temp.resolve("long").resolve("toolkit"), temp, DataKey.NONE)) {
            AuditService audit = new AuditService(database, TestServices.CLOCK, () -> "sam", TestServices.MESSAGES);
            database.transaction(db -> {
                for (int i = 1; i <= 600; i++) {
                    audit.record(db, new AuditChange(AuditArea.SETTINGS, "settings.preference", null, null,
                            "meeting-earliest-start", null, Integer.toString(i)));
                }
            });
            AuditLogViewModel log = new AuditLogViewModel(audit, new AuditExportService(audit, TestServices.MESSAGES,
                    StreamingWorkbooks.PLAIN),
                    executor, dialogs, TestServices.MESSAGES, TestServices.CLOCK);

            log.show();
            assertThat(log.rows()).hasSize(AuditLogViewModel.PAGE_SIZE).first().extracting(AuditRow::after)
                    .isEqualTo("600");
            assertThat(log.pageTextProperty().get()).isEqualTo("Showing 1 to 250 of 600 changes.");
            assertThat(log.canShowNewerProperty().get()).isFalse();
            assertThat(log.canShowOlderProperty().get()).isTrue();

            log.showOlder();
            log.showOlder();
            assertThat(log.pageTextProperty().get()).isEqualTo("Showing 501 to 600 of 600 changes.");
            assertThat(log.rows()).last().extracting(AuditRow::after).isEqualTo("1");
            assertThat(log.canShowOlderProperty().get()).isFalse();

            log.showNewer();
            assertThat(log.pageTextProperty().get()).isEqualTo("Showing 251 to 500 of 600 changes.");
        }
    }

    @Test
    void exportsWhatTheFilterShowsToTheFileChosen() throws IOException {
        test.services().people().save(Person.named("Ada", "Lovelace"));
        test.services().paymentPolicy().savePolicyText("We pay within a week.");
        AuditLogViewModel log = viewModel();
        log.areaProperty().set(AreaFilter.PEOPLE);
        log.show();
        dialogs.chooseFile(temp.resolve("people-changes"));

        log.export();

        Path file = temp.resolve("people-changes.xlsx");
        assertThat(log.statusProperty().get()).isEqualTo("Saved 1 change to " + file + ".");
        assertThat(log.exportingProperty().get()).isFalse();
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(4).getStringCellValue()).isEqualTo("Person added");
        }
    }
}
