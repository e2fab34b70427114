package org.fourpi.toolkit.common.ui;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Keyboard behaviour for multi-line text boxes; for views only. */
public final class TextAreas {

    private TextAreas() {
    }

    /** In a multi-line box Tab moves on, as in every other field, instead of typing a tab; Ctrl+Tab does the same. */
    public static void tabMovesOn(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                        event.isShiftDown(), true, false, false));
            }
        });
    }
}
