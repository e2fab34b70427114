package org.fourpi.toolkit.common.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;

/** Table column widths that grow with the text size, so larger text is not cut short; for views only. */
public final class ColumnWidths {

    private ColumnWidths() {
    }

    /**
     * Keeps the column about {@code ems} characters wide in the text size of {@code sameTextAs}, a label
     * on the same page that follows the window's text size.
     */
    public static void inEms(TableColumn<?, ?> column, Labeled sameTextAs, int ems) {
        column.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> sameTextAs.getFont().getSize() * ems, sameTextAs.fontProperty()));
    }

    /** Like {@link #inEms}, and the column cannot be made narrower than that either. */
    public static void atLeastEms(TableColumn<?, ?> column, Labeled sameTextAs, double ems) {
        var width = Bindings.createDoubleBinding(() -> sameTextAs.getFont().getSize() * ems, sameTextAs.fontProperty());
        column.minWidthProperty().bind(width);
        column.prefWidthProperty().bind(width);
    }
}
