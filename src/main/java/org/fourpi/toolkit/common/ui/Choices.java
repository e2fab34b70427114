package org.fourpi.toolkit.common.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyEvent;
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

    /** Typing a letter in the drop-down list moves to the next choice whose name starts with it. */
    public static <T> void findByFirstLetter(ComboBox<T> box, Function<T, String> name) {
        box.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            if (typed.isBlank() || event.isAltDown() || event.isControlDown() || !Character.isLetter(typed.charAt(0))
                    || box.getItems().isEmpty()) {
                return;
            }
            List<T> items = box.getItems();
            int start = Math.max(0, items.indexOf(box.getValue()));
            for (int step = 1; step <= items.size(); step++) {
                T next = items.get((start + step) % items.size());
                if (next != null && name.apply(next).regionMatches(true, 0, typed, 0, 1)) {
                    box.setValue(next);
                    break;
                }
            }
            event.consume();
        });
    }
}
