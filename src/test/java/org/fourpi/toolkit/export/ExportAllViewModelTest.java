package org.fourpi.toolkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.TaskExecutor;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportAllViewModelTest {

    @TempDir Path dataDir;
    @TempDir Path files;
    private TestServices test;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SameThreadExecutor executor = new SameThreadExecutor();

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        test.services().exampleData().fill();
    }

    @AfterEach
    void close() {
        test.close();
    }

    private ExportAllViewModel viewModel(TaskExecutor tasks) {
        return new ExportAllViewModel(test.services().exportAll(), tasks, dialogs, TestServices.MESSAGES,
                TestServices.CLOCK);
    }

    @Test
    void leavesEqualityAnswersOutUnlessThePersonSaysSo() throws IOException {
        Path chosen = files.resolve("trustees");
        dialogs.chooseFile(chosen);
        ExportAllViewModel viewModel = viewModel(executor);
        List<String> statuses = new ArrayList<>();
        viewModel.statusProperty().addListener((obs, old, now) -> statuses.add(now));

        viewModel.exportAll();

        Path written = files.resolve("trustees.xlsx");
        assertThat(sheets(written)).hasSize(9).doesNotContain("Equality");
        assertThat(dialogs.shown()).extracting(RecordingDialogs.Shown::kind).containsExactly("confirm", "information");
        assertThat(dialogs.shown().getFirst().title()).isEqualTo("Equality monitoring answers");
        assertThat(dialogs.shown().get(1).message()).contains(written.toString(), "People, Consent, Access needs")
                .doesNotContain("equality");
        assertThat(statuses).anyMatch(s -> s.startsWith("Step 1 of 8: People ("))
                .anyMatch(s -> s.startsWith("Step 8 of 8: Assessment actions ("));
        assertThat(viewModel.statusProperty().get()).isEqualTo("Exported all data to " + written + ".");
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(executor.unexpected()).isEmpty();
    }

    @Test
    void addsTheEqualitySheetWhenAsked() throws IOException {
        Path chosen = files.resolve("all.xlsx");
        dialogs.chooseFile(chosen).answerConfirm(true);

        viewModel(executor).exportAll();

        assertThat(sheets(chosen)).hasSize(10).endsWith("Equality");
        assertThat(dialogs.shown().getLast().message()).contains("It includes equality monitoring answers.");
    }

    @Test
    void doesNothingWhenNoFileIsChosen() {
        ExportAllViewModel viewModel = viewModel(executor);

        viewModel.exportAll();

        assertThat(dialogs.shown()).isEmpty();
        assertThat(viewModel.statusProperty().get()).isEmpty();
        assertThat(viewModel.commandTextProperty().get()).isEqualTo("_Export all data…");
    }

    @Test
    void theSameCommandStopsAnExportUnderWayAndNoFileIsLeft() throws IOException {
        Path chosen = files.resolve("all.xlsx");
        dialogs.chooseFile(chosen);
        List<BackgroundTask<?>> waiting = new ArrayList<>();
        TaskExecutor later = new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
                waiting.add(task);
            }

            @Override
            public void shutdown() {
            }
        };
        ExportAllViewModel viewModel = viewModel(later);

        viewModel.exportAll();
        assertThat(viewModel.runningProperty().get()).isTrue();
        assertThat(viewModel.commandTextProperty().get()).isEqualTo("_Stop exporting all data");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Exporting all data…");
        viewModel.exportAll();
        assertThat(waiting).hasSize(1);
        assertThat(waiting.getFirst().isCancelRequested()).isTrue();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Stopping the export…");

        waiting.forEach(executor::execute);

        assertThat(viewModel.statusProperty().get()).isEqualTo("The export was stopped. No file was saved.");
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.commandTextProperty().get()).isEqualTo("_Export all data…");
        assertThat(dialogs.shown()).extracting(RecordingDialogs.Shown::kind).containsExactly("confirm");
        assertThat(files).isEmptyDirectory();
    }

    @Test
    void saysPlainlyWhenTheFileCannotBeSaved() {
        dialogs.chooseFile(files.resolve("gone").resolve("all.xlsx"));
        ExportAllViewModel viewModel = viewModel(executor);

        viewModel.exportAll();

        assertThat(dialogs.shown().getLast().kind()).isEqualTo("error");
        assertThat(dialogs.shown().getLast().message()).contains("could not be saved");
        assertThat(viewModel.statusProperty().get()).isEqualTo("The export did not finish.");
    }

    private static List<String> sheets(Path file) throws IOException {
        try (var in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        }
    }
}
