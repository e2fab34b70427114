package org.fourpi.toolkit.common.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.Mnemonic;
import javafx.stage.Window;

/**
 * Sends Alt and an underlined letter to the shown, enabled control with that letter, in either case.
 *
 * <p>Why: JavaFX (KeyboardShortcutsHandler.processMnemonics) keeps the scene's letters in a map keyed
 * by the letter as written ("_profile" and "_Person" are two keys, and a key whose controls have left
 * the scene stays behind with an empty list), yet matches either case and uses only the first key that
 * matches, so a page no longer shown or a tab not selected can swallow the key. It also stops the letter
 * before the menu bar's filter sees it, and the menu bar then takes the release of Alt for Alt pressed
 * alone and makes File active, so Down and Enter chose Quit. Here the window looks first, over every
 * matching key, and the release of Alt that ends a used letter is kept from the menu bar (a filter for
 * KEY_RELEASED runs before the menu bar's filter for any key event).
 */
public final class Mnemonics {

    private final Scene scene;
    private final EventHandler<KeyEvent> beforeTheScene = this::beforeTheScene;
    private boolean used;

    private Mnemonics(Scene scene) {
        this.scene = scene;
    }

    /** Sends Alt and an underlined letter to the shown control, for the scene of a main window. */
    public static void install(Scene scene) {
        Mnemonics mnemonics = new Mnemonics(scene);
        scene.windowProperty().addListener((obs, old, window) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.ANY, mnemonics.beforeTheScene);
            }
            if (window != null) {
                window.addEventFilter(KeyEvent.ANY, mnemonics.beforeTheScene);
            }
        });
        Window window = scene.getWindow();
        if (window != null) {
            window.addEventFilter(KeyEvent.ANY, mnemonics.beforeTheScene);
        }
        scene.addEventFilter(KeyEvent.KEY_RELEASED, mnemonics::altReleased);
    }

    private void beforeTheScene(KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_PRESSED) {
            used = event.getCode() != KeyCode.ALT && event.isAltDown() && useLetter(event);
            if (used) {
                event.consume();
            }
        } else if (event.getEventType() == KeyEvent.KEY_TYPED && used) {
            event.consume();
        }
    }

    private void altReleased(KeyEvent event) {
        if (event.getCode() == KeyCode.ALT && used) {
            used = false;
            event.consume();
        }
    }

    private boolean useLetter(KeyEvent event) {
        Map<Node, Mnemonic> shown = new LinkedHashMap<>();
        for (Map.Entry<KeyCombination, ? extends List<Mnemonic>> entry : scene.getMnemonics().entrySet()) {
            if (entry.getKey().match(event)) {
                for (Mnemonic mnemonic : entry.getValue()) {
                    Node node = mnemonic.getNode();
                    if (node != null && isShown(node) && !node.isDisabled()) {
                        shown.putIfAbsent(node, mnemonic);
                    }
                }
            }
        }
        if (shown.isEmpty()) {
            return false;
        }
        List<Node> focusable = new ArrayList<>(shown.keySet().stream().filter(Node::isFocusTraversable).toList());
        if (shown.size() == 1) {
            focusable.forEach(Node::requestFocus);
            shown.values().iterator().next().fire();
        } else if (!focusable.isEmpty()) {
            int focused = focusable.indexOf(scene.getFocusOwner());
            focusable.get((focused + 1) % focusable.size()).requestFocus();
        }
        return true;
    }

    private boolean isShown(Node node) {
        if (node.getScene() != scene) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
