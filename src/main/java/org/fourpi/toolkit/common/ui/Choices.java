package org.fourpi.toolkit.common.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

import org.fourpi.toolkit.common.text.Labelled;

/** Fills a drop-down list with named choices, shown by their texts; for views only. */
public final class Choices {

    private Choices() {
    }

    /**
     * @param emptyText the text shown for "no choice", or null when a choice is always needed
     */
    public static <T extends Labelled> void setUp(ComboBox<T> box, List<T> values, Messages messages,
                                                  String emptyText) {
        List<T> items = new ArrayList<>();
        if (emptyText != null) {
            items.add(null);
        }
        items.addAll(values);
        box.getItems().setAll(items);
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? (emptyText == null ? "" : emptyText) : messages.text(value.labelKey());
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
        showWith(box, converter);
    }

    /** Shows a drop-down list's values, and the chosen one, by the converter's text. */
    public static <T> void showWith(ComboBox<T> box, StringConverter<T> converter) {
        box.setConverter(converter);
        box.setButtonCell(cell(converter));
        box.setCellFactory(list -> cell(converter));
    }

    private static <T> ListCell<T> cell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        };
    }
}
