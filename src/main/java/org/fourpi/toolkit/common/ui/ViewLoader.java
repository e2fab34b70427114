package org.fourpi.toolkit.common.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML (a file named like the view class, beside it) with the program's texts and
 * the given code-behind object, which the caller built with its view model.
 */
public final class ViewLoader {

    private final Messages messages;

    public ViewLoader(Messages messages) {
        this.messages = messages;
    }

    public Parent load(Object view) {
        String name = view.getClass().getSimpleName() + ".fxml";
        URL fxml = view.getClass().getResource(name);
        if (fxml == null) {
            throw new IllegalStateException("No FXML file " + name + " beside " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + name, e);
        }
    }
}
