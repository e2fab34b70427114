package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.fourpi.toolkit.app.Section;
import org.fourpi.toolkit.assessment.AssessmentResultsFixture;
import org.fourpi.toolkit.assessment.AssessmentResultsViewModel;
import org.fourpi.toolkit.assessment.RadarChart;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Results tab of the Self-assessment section in the real window, headless. */
class AssessmentResultsUiTest extends WindowTest {

    @Test
    void showsTheFiguresOfTheLatestAssessmentInWordsAndNumbers() throws Exception {
        test = TestServices.open(temp);
        AssessmentResultsFixture.make(test.services().assessments());
        app = UiTestSupport.start(test);

        robot.interact(() -> robot.lookup("#navigation").queryAs(ListView.class)
                .getSelectionModel().select(Section.ASSESSMENT));
        TabPane tabs = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(t -> t.getTabs().stream().anyMatch(tab -> "Results".equals(tab.getText())))
                .findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        ComboBox<?> chooser = robot.from(tabs.getTabs().get(1).getContent()).lookup("#assessment")
                .queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chooser.getValue() != null);
        Label overall = robot.lookup("#overallLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !overall.getText().isEmpty());

        assertThat(overall.getText()).startsWith("Overall average 3.1").contains("up 0.2 from 2.8 in November 2025");
        assertThat(UiTestSupport.label(robot, "#headingLabel")).isEqualTo("Annual check 2026, held on 20 November 2026");
        TableView<?> areas = robot.lookup("#areaTable").queryAs(TableView.class);
        assertThat(areas.getItems()).first().isEqualTo(
                new AssessmentResultsViewModel.AreaRow("Principles", "4.0", "2.0", "up 2.0", false));
        RadarChart radar = robot.lookup(".radar-chart").queryAs(RadarChart.class);
        assertThat(radar.getAccessibleText()).contains("Principles 4.0, up 2.0 since November 2025");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".radar-previous").tryQuery().isPresent()
                && robot.lookup(".radar-current").tryQuery().isPresent());
        assertThat(UiTestSupport.label(robot, "#differencesLabel")).contains("Views differ by 3.0 points");
        assertThat(UiTestSupport.label(robot, "#sinceLastLabel")).contains("Purpose went down from 3.0 to 2.0");
        for (String control : List.of("#assessment", "#workbookButton", "#reportButton", "#areaTable",
                "#viewpointTable", "#overallLabel", "#radarLabel", "#differencesLabel")) {
            Node node = robot.from(tabs.getTabs().get(1).getContent()).lookup(control).query();
            assertThat(node.getAccessibleText()).as(control).isNotBlank();
        }

        robot.interact(() -> robot.lookup("#reportButton").query().requestFocus());
        robot.press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chooser.isFocused()).as("Alt+A moves to the assessment chooser").isTrue();
        robot.interact(() -> chooser.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> UiTestSupport.label(robot, "#headingLabel").startsWith("Annual check 2025"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(UiTestSupport.label(robot, "#viewpointsNote"))
                .isEqualTo("This assessment was rated together, so there are no separate views to compare.");
        assertThat(robot.lookup("#viewpointTable").query().isVisible()).isFalse();
    }
}
