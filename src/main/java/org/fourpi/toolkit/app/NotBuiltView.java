package org.fourpi.toolkit.app;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Code-behind of the page of a section that is not built yet: its name and one calm sentence. */
public final class NotBuiltView {

    private final String title;
    private final String sentence;

    @FXML private Label titleLabel;
    @FXML private Label sentenceLabel;

    public NotBuiltView(String title, String sentence) {
        this.title = title;
        this.sentence = sentence;
    }

    @FXML
    private void initialize() {
        titleLabel.setText(title);
        sentenceLabel.setText(sentence);
        sentenceLabel.setAccessibleText(sentence);
    }
}
