package org.fourpi.toolkit.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.fourpi.toolkit.common.ui.Styles;
import org.fourpi.toolkit.common.ui.ViewLoader;
import org.fourpi.toolkit.common.ui.WorkerTaskExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Presence page on its own, headless, reading the example people in the background. */
class PresenceViewUiTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private final List<Throwable> unexpected = new CopyOnWriteArrayList<>();
    private TestServices test;
    private WorkerTaskExecutor executor;
    private ScrollPane scroller;

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

    private void open(double fontPx) throws Exception {
        test = TestServices.open(temp);
        test.services().exampleData().fill();
        executor = WorkerTaskExecutor.pooled(Platform::runLater, unexpected::add);
        PresenceViewModel viewModel = new PresenceViewModel(
                new PresenceService(test.services().people(), test.services().equality()), executor,
                TestServices.MESSAGES);
        FxToolkit.setupStage(stage -> show(stage, viewModel, fontPx));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show(Stage stage, PresenceViewModel viewModel, double fontPx) {
        Parent page = new ViewLoader(TestServices.MESSAGES).load(new PresenceView(viewModel, TestServices.MESSAGES));
        scroller = new ScrollPane(page);
        scroller.setFitToWidth(true);
        scroller.setStyle("-fx-font-size: " + fontPx + "px;");
        Scene scene = new Scene(scroller, 820, 700);
        scene.getStylesheets().add(PresenceView.class.getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void refreshWithTheKeyboard() throws Exception {
        robot.interact(() -> robot.lookup("#refreshButton").query().requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#statusLabel").queryAs(Label.class)
                .getText().startsWith("Figures for the people active on"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<StackedBarChart<?, ?>> charts() {
        return robot.lookup(".presence-chart").queryAllAs(StackedBarChart.class).stream()
                .<StackedBarChart<?, ?>>map(c -> c).toList();
    }

    private static List<Object> groupsDrawn(StackedBarChart<?, ?> chart) {
        return chart.getData().getFirst().getData().stream().map(XYChart.Data::getYValue).map(Object.class::cast)
                .toList();
    }

    /** How far past its solid part each bar reaches: 4 for a band of five, 0 for an exact figure. */
    private static List<Object> paleParts(StackedBarChart<?, ?> chart) {
        return chart.getData().getLast().getData().stream().map(XYChart.Data::getXValue).map(Object.class::cast)
                .toList();
    }

    @Test
    void drawsEachFigureAsItsBandAndWritesEveryFigureBesideIt() throws Exception {
        open(14);

        refreshWithTheKeyboard();

        assertThat(robot.lookup("#activeLabel").queryAs(Label.class).getText())
                .isEqualTo("People active now: 30 to 34");
        assertThat(robot.lookup("#bandsNote").query().isVisible()).isTrue();
        List<StackedBarChart<?, ?>> charts = charts();
        assertThat(charts).hasSize(13)
                .allSatisfy(c -> assertThat(c.getAccessibleText()).startsWith("Bar chart:"));
        StackedBarChart<?, ?> perspective = charts.get(1);
        assertThat(perspective.getAccessibleText()).contains("The perspective people bring");
        assertThat(groupsDrawn(perspective)).contains("Service user", "Carer", "Staff");
        assertThat(paleParts(perspective)).containsOnly(4);
        List<String> figures = robot.lookup(".presence-figures").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(figures).hasSize(13);
        assertThat(figures.get(1)).contains("Service user (lived experience): 10 to 14", "Staff: fewer than 5",
                "Carer: 5 to 9");
        assertThat(robot.lookup(".presence-figures").queryAllAs(Label.class))
                .allSatisfy(label -> assertThat(label.isFocusTraversable()).isTrue())
                .allSatisfy(label -> assertThat(label.getAccessibleText()).isNotBlank());
        assertThat(robot.lookup("#livedExperienceNote").query().isVisible()).isFalse();
        assertThat(robot.lookup("#refreshButton").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void fitsTheWindowWidthAtOneAndAHalfTimesTheTextSize() throws Exception {
        open(21);

        refreshWithTheKeyboard();

        Node page = scroller.getContent();
        double room = scroller.getViewportBounds().getWidth();
        assertThat(page.minWidth(-1)).isLessThanOrEqualTo(room);
        for (StackedBarChart<?, ?> chart : charts()) {
            assertThat(chart.getWidth()).isLessThanOrEqualTo(room);
            assertThat(chart.getHeight()).as("room for each bar").isGreaterThan(21 * 2.0 * groupsDrawn(chart).size());
        }
    }
}
