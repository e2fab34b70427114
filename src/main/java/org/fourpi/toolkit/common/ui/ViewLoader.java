package org.fourpi.toolkit.common.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;

import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;

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
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + name, e);
        }
        linkLabels(root);
        return root;
    }

    /**
     * FXML cannot point a label at a field written after it, so each label with an underlined
     * letter is linked here to the next field beside it: Alt and that letter then move to the field,
     * and screen readers announce the label with it.
     */
    static void linkLabels(Node node) {
        if (node instanceof Label label && label.getLabelFor() == null && label.isMnemonicParsing()
                && label.getParent() != null) {
            List<Node> siblings = label.getParent().getChildrenUnmodifiable();
            for (int i = siblings.indexOf(label) + 1; i < siblings.size(); i++) {
                if (siblings.get(i) instanceof Control control && !(control instanceof Label)) {
                    label.setLabelFor(control);
                    break;
                }
            }
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(tab -> {
                if (tab.getContent() != null) {
                    linkLabels(tab.getContent());
                }
            });
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            linkLabels(scroll.getContent());
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(ViewLoader::linkLabels);
        }
    }
}
