package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;

/** "Export all data…" sits first in the File menu of the real window, headless. */
class ExportAllUiTest extends WindowTest {

    @Test
    void theFileMenuOffersToExportAllData() throws Exception {
        test = TestServices.open(temp);
        app = UiTestSupport.start(test);

        Menu file = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().getFirst();
        MenuItem first = file.getItems().getFirst();

        assertThat(file.getText()).isEqualTo("_File");
        assertThat(first.getText()).isEqualTo("_Export all data…");
        assertThat(first.isMnemonicParsing()).isTrue();
        assertThat(first.isDisable()).isFalse();
        assertThat(file.getItems()).extracting(MenuItem::getText).contains("_Quit");
    }
}
