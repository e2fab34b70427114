package org.fourpi.toolkit.app;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Code-behind of the About box. */
public final class AboutView {

    private final String versionText;

    @FXML private Label versionLabel;

    public AboutView(String versionText) {
        this.versionText = versionText;
    }

    @FXML
    private void initialize() {
        versionLabel.setText(versionText);
    }
}
