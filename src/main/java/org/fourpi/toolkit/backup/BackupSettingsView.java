package org.fourpi.toolkit.backup;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;

/** Code-behind of the Backups part of the Settings page: binds the folder, last backup, number kept and commands. */
public final class BackupSettingsView {

    private final BackupSettingsViewModel viewModel;

    @FXML private Label folderText;
    @FXML private Label lastBackupText;
    @FXML private Spinner<Integer> keep;
    @FXML private Button backUpButton;
    @FXML private Button restoreButton;
    @FXML private ProgressBar progress;
    @FXML private Label statusText;

    public BackupSettingsView(BackupSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        folderText.textProperty().bind(viewModel.folderProperty());
        lastBackupText.textProperty().bind(viewModel.lastBackupProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                BackupService.MIN_KEEP, BackupService.MAX_KEEP, viewModel.keepProperty().get());
        keep.setValueFactory(values);
        // The field inside the spinner takes the focus, so it carries the spinner's name for screen readers.
        keep.getEditor().accessibleTextProperty().bind(keep.accessibleTextProperty());
        values.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.keepProperty().set(now);
            }
        });
        viewModel.keepProperty().addListener((obs, old, now) -> values.setValue(now.intValue()));
        // A typed number counts when the field is left, not only on Enter; anything else puts the number back.
        keep.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                try {
                    keep.commitValue();
                } catch (RuntimeException notANumber) {
                    keep.cancelEdit();
                }
            }
        });
        backUpButton.textProperty().bind(viewModel.backUpTextProperty());
        restoreButton.disableProperty().bind(viewModel.runningProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        statusText.textProperty().bind(viewModel.statusProperty());
    }

    @FXML
    private void backUpNow() {
        viewModel.backUpNow();
    }

    @FXML
    private void restore() {
        viewModel.restore();
    }
}
