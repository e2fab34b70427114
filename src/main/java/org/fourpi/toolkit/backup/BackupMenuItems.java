package org.fourpi.toolkit.backup;

import java.util.List;

import javafx.scene.control.MenuItem;

import org.fourpi.toolkit.common.ui.Messages;

/** The File menu's "Back up now…" and "Restore from backup…", working through the backups' view model. */
public final class BackupMenuItems {

    private BackupMenuItems() {
    }

    public static List<MenuItem> of(BackupSettingsViewModel viewModel, Messages messages) {
        MenuItem backUp = new MenuItem(messages.text("backup.menu.backUp"));
        backUp.setMnemonicParsing(true);
        backUp.setOnAction(event -> viewModel.backUpNow());
        backUp.disableProperty().bind(viewModel.runningProperty());
        MenuItem restore = new MenuItem(messages.text("backup.menu.restore"));
        restore.setMnemonicParsing(true);
        restore.setOnAction(event -> viewModel.restore());
        restore.disableProperty().bind(viewModel.runningProperty());
        return List.of(backUp, restore);
    }
}
