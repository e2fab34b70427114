package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

import org.fourpi.toolkit.app.Section;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The "Data held" tab of a person's record and the retention review, from the keyboard in the real window. */
class PrivacyUiTest extends WindowTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private long samira;

    private void openSamirasDataHeld() throws Exception {
        test = TestServices.open(temp.resolve("data"));
        samira = test.services().people().save(Person.named("Samira", "Okafor").withStatus(InvolvementStatus.ACTIVE)).id();
        app = UiTestSupport.start(test, dialogs);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        TextField find = robot.lookup("#filter").queryAs(TextField.class);
        robot.interact(find::requestFocus);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstName").tryQuery()
                .map(field -> "Samira".equals(((TextField) field).getText())).orElse(false));
        TabPane tabs = (TabPane) robot.lookup("#firstName").query().getParent().getParent().getParent().getParent();
        Tab dataHeld = tabs.getTabs().stream().filter(tab -> "Data held".equals(tab.getText())).findFirst().orElseThrow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dataHeld.isDisabled());
        robot.interact(() -> tabs.getSelectionModel().select(dataHeld));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void savesEverythingHeldIntoANewFolderFromTheKeyboard() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        dialogs.chooseFolder(out);
        openSamirasDataHeld();

        UiTestSupport.press(robot, "#subjectAccessButton");

        Path folder = out.resolve("Samira Okafor 2026-11-26");
        UiTestSupport.waitForLabel(robot, "#privacyStatusLabel",
                "Saved in " + folder + ": records.xlsx, summary.pdf and no attached files.", 20);
        assertThat(folder.resolve("records.xlsx")).exists();
        assertThat(folder.resolve("summary.pdf")).exists();
    }

    @Test
    void erasesAPersonOnceTheirNameIsTypedAndShowsTheMadeUpName() throws Exception {
        dialogs.answerConfirm(true);
        openSamirasDataHeld();

        UiTestSupport.press(robot, "#eraseButton");
        VBox panel = robot.lookup("#erasePanel").queryAs(VBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, panel::isVisible);
        TextField typed = robot.lookup("#typedName").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, typed::isFocused);
        assertThat(robot.lookup("#eraseWords").queryAs(Label.class).getText())
                .startsWith("The name Samira Okafor will be replaced");
        assertThat(robot.lookup("#eraseNowButton").query().isDisabled()).as("not until the name is typed").isTrue();

        robot.write("Samira Okafor");
        assertThat(robot.lookup("#eraseNowButton").query().isDisabled()).isFalse();
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#privacyStatusLabel").queryAs(Label.class)
                .getText().startsWith("Erased. The record is now called Erased person "));
        assertThat(dialogs.shown()).singleElement()
                .satisfies(d -> assertThat(d.title()).isEqualTo("Erase Samira Okafor for good?"));
        String pseudonym = test.services().people().find(samira).orElseThrow().person().displayName();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstName").queryAs(TextField.class)
                .getText().equals(pseudonym));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#eraseButton").query().isDisabled());
        assertThat(robot.lookup("#privacyStatusLabel").queryAs(Label.class).getText())
                .as("the sentence stays when the record is read again").isEqualTo("Erased. The record is now called "
                        + pseudonym + ".");
        assertThat(robot.lookup("#erasedLabel").query().isVisible()).as("nobody is erased twice").isTrue();
    }

    @Test
    void showsTheRetentionReviewInSettingsAndRemovesWhatIsTicked() throws Exception {
        test = TestServices.open(temp.resolve("data"));
        long cara = test.services().people().save(Person.named("Cara", "Wexcombe")
                .withStatus(InvolvementStatus.ACTIVE)).id();
        test.services().people().changeStatus(cara, InvolvementStatus.LEFT, LocalDate.of(2019, 5, 1), "");
        dialogs.answerConfirm(true);
        app = UiTestSupport.start(test, dialogs);

        robot.interact(() -> robot.lookup("#navigation").queryAs(ListView.class)
                .getSelectionModel().select(Section.SETTINGS));
        UiTestSupport.waitForLabel(robot, "#retentionSummary", "One thing has passed its time. Tick what to remove.");
        CheckBox line = robot.lookup("#retentionLines").queryAs(VBox.class).getChildren().stream()
                .map(CheckBox.class::cast).findFirst().orElseThrow();
        assertThat(line.getText()).startsWith("Cara Wexcombe: left on 1 May 2019.");
        robot.interact(line::requestFocus);
        robot.type(KeyCode.SPACE);
        assertThat(line.isSelected()).isTrue();

        UiTestSupport.press(robot, "#retentionRemoveButton");

        UiTestSupport.waitForLabel(robot, "#retentionStatus", "Done: removed no payment records and erased one person.", 20);
        UiTestSupport.waitForLabel(robot, "#retentionSummary", "Nothing has passed its time.");
        assertThat(test.services().people().find(cara).orElseThrow().person().displayName()).startsWith("Erased person ");
    }
}
