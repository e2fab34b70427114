package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.fourpi.toolkit.app.Section;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Clicks and types through the real main window, headless. */
class MainWindowUiTest extends WindowTest {

    private void open() throws Exception {
        test = TestServices.open(temp);
        app = UiTestSupport.start(test);
    }

    private void reopen() throws Exception {
        UiTestSupport.stop(app);
        test.close();
        open();
    }

    @Test
    void keepsASavedOrganisationProfileAfterTheProgramIsClosed() throws Exception {
        open();
        assertThat(UiTestSupport.label(robot, "#titleLabel")).isEqualTo("Welcome to the 4PI Involvement Toolkit");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        UiTestSupport.fill(robot, "#name", "Riverside Voices");
        robot.type(KeyCode.TAB).write("1 High Street").type(KeyCode.TAB).write("m1 2ab");
        UiTestSupport.fill(robot, "#contactEmail", "sam@example.org");
        UiTestSupport.fill(robot, "#supportName", "Jo Patel");
        UiTestSupport.press(robot, "#saveButton");
        UiTestSupport.waitForLabel(robot, "#statusLabel", "Saved.");
        assertThat(robot.lookup("#postcode").queryAs(TextField.class).getText()).isEqualTo("M1 2AB");

        reopen();

        UiTestSupport.waitForLabel(robot, "#titleLabel", "Riverside Voices");
        assertThat(UiTestSupport.label(robot, "#supportLabel")).isEqualTo("Support contact for people who take part: Jo Patel");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "sam@example.org".equals(robot.lookup("#contactEmail").queryAs(TextField.class).getText()));
        assertThat(robot.lookup("#name").queryAs(TextField.class).getText()).isEqualTo("Riverside Voices");
    }

    @Test
    void namesTheFieldThatIsWrongAndMovesTheFocusThere() throws Exception {
        open();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        UiTestSupport.fill(robot, "#name", "Riverside Voices");
        UiTestSupport.fill(robot, "#contactEmail", "sam at example");
        UiTestSupport.press(robot, "#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#contactEmailError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Main contact's email: this does not look like an email address");
        assertThat(robot.lookup("#contactEmail").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(UiTestSupport.label(robot, "#statusLabel")).contains("check the field marked");
        assertThat(test.services().organisations().load()).isEmpty();
    }

    @Test
    void opensAnExampleOrganisationFromTheWelcome() throws Exception {
        open();
        robot.clickOn("#exampleButton");
        UiTestSupport.waitForLabel(robot, "#titleLabel", "Riverside Voices (example)", 60);
        assertThat(robot.lookup("#welcomeCard").query().isVisible()).isFalse();
    }

    @Test
    void quitsStraightAfterOpeningBeforeAnyOtherSectionHasBeenShown() throws Exception {
        open();
        Window window = robot.lookup(".main-window").query().getScene().getWindow();
        assertThat(window.isShowing()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.isShowing());
    }

    @Test
    void eachSectionShowsItsOwnPageTheFirstTimeItIsOpened() throws Exception {
        open();
        // A control found only on each section's own page, in the order of the sections.
        String[] ownControl = {"#titleLabel", "#newAssessmentButton", "#filter", "#newMeetingButton", "#toFilter",
                "#sentenceLabel", "#contactEmail"};
        for (Section section : Section.values()) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + section.shortcutDigit());
            robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup(".main-window").lookup(ownControl[section.ordinal()]).tryQuery())
                    .as(section.name()).isPresent();
        }
    }

    @Test
    void saysPlainlyWhichSectionsAreNotBuiltYet() throws Exception {
        open();
        ListView<?> navigation = robot.lookup("#navigation").queryAs(ListView.class);
        robot.clickOn(navigation);
        robot.type(KeyCode.DOWN, 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(navigation.getSelectionModel().getSelectedItem()).isEqualTo(Section.REPORTS);
        Node peopleText = robot.from(navigation).lookup("People").query();
        assertThat(navigation.localToScreen(navigation.getBoundsInLocal()))
                .satisfies(list -> assertThat(list.contains(peopleText.localToScreen(peopleText.getBoundsInLocal())))
                        .as("the section name shows inside the navigation list").isTrue());
        assertThat(UiTestSupport.label(robot, "#sentenceLabel")).contains("not built yet");
    }

    @Test
    void makesTheTextLargerAndRemembersIt() throws Exception {
        open();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rootStyle()).contains("-fx-font-size: 21.0px");

        reopen();

        assertThat(rootStyle()).contains("-fx-font-size: 21.0px");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#textSize").queryAs(ComboBox.class).getValue()).isEqualTo(150);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rootStyle()).contains("-fx-font-size: 14.0px");
    }

    @Test
    void showsTheAboutBoxOnTheScreenWithTheCreditToNsun() throws Exception {
        open();
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().size() == 2);
        Window about = Window.getWindows().stream().filter(w -> w != robot.lookup(".main-window").query()
                .getScene().getWindow()).findFirst().orElseThrow();
        Window main = robot.lookup(".main-window").query().getScene().getWindow();

        assertThat(about.getX()).isGreaterThanOrEqualTo(main.getX());
        assertThat(about.getX() + about.getWidth()).isLessThanOrEqualTo(main.getX() + main.getWidth());
        assertThat(robot.from(about.getScene().getRoot()).lookup(".label").queryAllAs(Label.class))
                .anySatisfy(label -> assertThat(label.getText()).contains("NSUN").contains("2013"));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().size() == 1);
    }

    @Test
    void givesEveryControlThatTakesFocusAName() throws Exception {
        open();
        List<String> unnamed = new ArrayList<>();
        for (Section section : List.of(Section.HOME, Section.SETTINGS, Section.PEOPLE)) {
            robot.interact(() -> robot.lookup("#navigation").queryAs(ListView.class)
                    .getSelectionModel().select(section));
            WaitForAsyncUtils.waitForFxEvents();
            Parent root = Window.getWindows().getFirst().getScene().getRoot();
            collectUnnamed(root, root, unnamed);
        }
        assertThat(unnamed).isEmpty();
    }

    private static void collectUnnamed(Parent scene, Node node, List<String> unnamed) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control control && control.isFocusTraversable() && accessibleName(scene, control).isBlank()) {
            unnamed.add(control.getClass().getSimpleName() + " " + control.getId());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectUnnamed(scene, child, unnamed));
        }
    }

    private static String accessibleName(Parent scene, Control control) {
        if (control.getAccessibleText() != null && !control.getAccessibleText().isBlank()) {
            return control.getAccessibleText();
        }
        if (control instanceof Labeled labeled && labeled.getText() != null) {
            return labeled.getText();
        }
        return scene.lookupAll(".label").stream()
                .filter(n -> n instanceof Label l && l.getLabelFor() == control)
                .map(n -> ((Label) n).getText())
                .findFirst().orElse("");
    }

    private String rootStyle() {
        return robot.lookup(".main-window").query().getScene().getRoot().getStyle();
    }

}
