package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;

import org.fourpi.toolkit.app.Section;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** "Back up now…" from the File menu and from the Settings page writes a checked backup and says where. */
class BackupUiTest extends WindowTest {

    @TempDir Path stick;

    @Test
    void backUpNowFromTheFileMenuSavesToTheChosenFolder() throws Exception {
        test = TestServices.open(temp);
        RecordingDialogs dialogs = new RecordingDialogs().chooseFolder(stick);
        app = UiTestSupport.start(test, dialogs);

        Menu file = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().getFirst();
        assertThat(file.getItems()).extracting(MenuItem::getText)
                .containsSubsequence("_Export all data…", "_Back up now…", "_Restore from backup…", "_Quit");
        MenuItem backUp = file.getItems().stream().filter(i -> "_Back up now…".equals(i.getText())).findFirst()
                .orElseThrow();

        robot.interact(backUp::fire);

        Path made = stick.resolve("4PI-backup-2026-11-26-1000.zip");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(made) && !dialogs.shown().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.shown().getFirst().title()).isEqualTo("Backup made");
        assertThat(UiTestSupport.label(robot, "#statusLabel")).isEqualTo("Backup saved as " + made + ".");
        assertThat(backUp.isDisable()).isFalse();
    }

    @Test
    void theSettingsPageShowsBackupsAndBacksUpFromTheKeyboard() throws Exception {
        test = TestServices.open(temp);
        test.services().backups().backupOnClose();
        RecordingDialogs dialogs = new RecordingDialogs().chooseFolder(stick);
        app = UiTestSupport.start(test, dialogs);

        robot.interact(() -> robot.lookup("#navigation").queryAs(ListView.class)
                .getSelectionModel().select(Section.SETTINGS));
        UiTestSupport.waitForLabel(robot, ".backup-last", "Thursday 26 November 2026 at 10:00", 20);

        assertThat(robot.lookup(".backup-folder").queryAs(Label.class).getText())
                .isEqualTo(temp.resolve("backups").toAbsolutePath().toString());
        Spinner<?> keep = robot.lookup(".backup-keep").queryAs(Spinner.class);
        assertThat(keep.getValue()).isEqualTo(14);
        assertThat(keep.getAccessibleText()).isEqualTo("Number of automatic backups to keep");

        UiTestSupport.press(robot, ".backup-now");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialogs.shown().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stick.resolve("4PI-backup-2026-11-26-1000.zip")).exists();
        assertThat(UiTestSupport.label(robot, ".backup-status"))
                .isEqualTo("Backup saved as " + stick.resolve("4PI-backup-2026-11-26-1000.zip") + ".");
    }
}
