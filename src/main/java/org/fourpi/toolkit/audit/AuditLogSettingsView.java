package org.fourpi.toolkit.audit;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Mnemonics;
import org.fourpi.toolkit.common.ui.ViewLoader;

/**
 * Code-behind of the audit log's part of the Settings page: its button opens the audit log in a window
 * of its own, with the main window's theme and text size, showing the newest changes each time.
 */
public final class AuditLogSettingsView {

    private final AuditLogViewModel viewModel;
    private final Messages messages;
    private final ViewLoader loader;
    private Stage stage;

    @FXML private Button openAuditLogButton;

    public AuditLogSettingsView(AuditLogViewModel viewModel, Messages messages, ViewLoader loader) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.loader = loader;
    }

    @FXML
    private void open() {
        Window owner = openAuditLogButton.getScene().getWindow();
        if (stage == null) {
            Parent log = loader.load(new AuditLogView(viewModel, messages));
            Scene scene = new Scene(log, Math.max(800, owner.getWidth()), Math.max(560, owner.getHeight()));
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(messages.text("audit.title"));
            stage.setScene(scene);
            stage.setMinWidth(560);
            stage.setMinHeight(400);
            Mnemonics.install(scene);
        }
        // The theme's stylesheets and the text size follow the main window as it is now.
        Scene main = owner.getScene();
        stage.getScene().getStylesheets().setAll(main.getStylesheets());
        stage.getScene().getRoot().setStyle(main.getRoot().getStyle());
        viewModel.show();
        stage.show();
        stage.toFront();
    }
}
