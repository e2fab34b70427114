package org.fourpi.toolkit.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.fourpi.toolkit.common.ui.Styles;
import org.fourpi.toolkit.common.ui.ViewLoader;
import org.fourpi.toolkit.common.ui.WorkerTaskExecutor;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The People list on its own, headless: its rows keep one height that grows with the text size. */
class PeopleListViewUiTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private final List<Throwable> unexpected = new CopyOnWriteArrayList<>();
    private TestServices test;
    private WorkerTaskExecutor executor;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
        if (executor != null) {
            executor.shutdown();
        }
        if (test != null) {
            test.close();
        }
        assertThat(unexpected).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private TableView<PeopleListViewModel.Row> open(double fontPx) throws Exception {
        test = TestServices.open(temp);
        test.services().exampleData().fill();
        executor = WorkerTaskExecutor.pooled(Platform::runLater, unexpected::add);
        PeopleListViewModel viewModel = new PeopleListViewModel(test.services().people(),
                test.services().peopleExport(), executor, new RecordingDialogs(), TestServices.MESSAGES, id -> { },
                () -> { });
        FxToolkit.setupStage(stage -> show(stage, viewModel, fontPx));
        TableView<PeopleListViewModel.Row> table = robot.lookup("#table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    private void show(Stage stage, PeopleListViewModel viewModel, double fontPx) {
        Parent page = new ViewLoader(TestServices.MESSAGES)
                .load(new PeopleListView(viewModel, TestServices.MESSAGES, () -> { }));
        page.setStyle("-fx-font-size: " + fontPx + "px;");
        Scene scene = new Scene(page, 1100, 700);
        scene.getStylesheets().add(PeopleListView.class.getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        viewModel.refresh();
    }

    private static List<TableRow<?>> rowsOnScreen(TableView<?> table) {
        return table.lookupAll(".table-row-cell").stream()
                .filter(node -> node instanceof TableRow<?> row && row.isVisible() && row.getItem() != null)
                .<TableRow<?>>map(node -> (TableRow<?>) node).toList();
    }

    /** Every row on screen is the given height, and each cell's text fits in it. */
    private static void assertRowsFit(TableView<?> table, double height) {
        List<TableRow<?>> rows = rowsOnScreen(table);
        assertThat(rows).hasSizeGreaterThan(3);
        for (TableRow<?> row : rows) {
            assertThat(row.getHeight()).isEqualTo(height);
            for (var node : row.lookupAll(".table-cell")) {
                TableCell<?, ?> cell = (TableCell<?, ?>) node;
                assertThat(cell.prefHeight(cell.getWidth())).as("the text of %s", cell.getText())
                        .isLessThanOrEqualTo(height);
            }
        }
    }

    @Test
    void givesEveryRowTheThemesHeightSoTheTableNeedNotMeasureThem() throws Exception {
        TableView<PeopleListViewModel.Row> table = open(14);

        double fontSize = robot.lookup("#countLabel").queryAs(Label.class).getFont().getSize();
        assertThat(fontSize).isEqualTo(14);
        assertThat(table.getFixedCellSize()).isEqualTo(3 * 14);
        assertRowsFit(table, 3 * 14);
    }

    @Test
    void rowsGrowWithTheTextAtOneAndAHalfTimesItsSize() throws Exception {
        TableView<PeopleListViewModel.Row> table = open(21);

        assertThat(table.getFixedCellSize()).isEqualTo(3 * 21);
        assertRowsFit(table, 3 * 21);
    }
}
