package org.fourpi.toolkit.common.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Shows a field's problem under it, marks the field, and lets screen readers announce it; for views only. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void show(Node input, Label errorLabel, ObservableStringValue message) {
        errorLabel.textProperty().bind(message);
        var hasError = javafx.beans.binding.Bindings.isNotEmpty(message);
        errorLabel.visibleProperty().bind(hasError);
        errorLabel.managedProperty().bind(hasError);
        input.accessibleHelpProperty().bind(message);
        hasError.addListener((obs, was, is) -> {
            if (is) {
                input.getStyleClass().add(Styles.INVALID);
            } else {
                input.getStyleClass().remove(Styles.INVALID);
            }
        });
    }
}
