package org.fourpi.toolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;

import org.testfx.api.FxRobot;

/** Finds Alt letters that two shown controls of a page share, so that one of them could never be reached. */
final class MnemonicClashes {

    private MnemonicClashes() {
    }

    /** Every underlined letter that two controls shown in {@code root}, or a control and a menu, share. */
    static List<String> in(FxRobot robot, String view, Parent root) {
        Map<String, List<String>> byLetter = new TreeMap<>();
        robot.interact(() -> collectLetters(root, byLetter));
        robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()
                .forEach(menu -> letter(menu.getText()).ifPresent(letter ->
                        byLetter.computeIfAbsent(letter, l -> new ArrayList<>()).add("menu " + menu.getText())));
        List<String> clashes = new ArrayList<>();
        byLetter.forEach((letter, texts) -> {
            if (texts.size() > 1) {
                clashes.add(view + ": Alt+" + letter.toUpperCase(Locale.ROOT) + " " + texts);
            }
        });
        return clashes;
    }

    private static void collectLetters(Node node, Map<String, List<String>> byLetter) {
        if (!node.isVisible() || node instanceof MenuBar) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.isMnemonicParsing()) {
            letter(labeled.getText()).ifPresent(letter ->
                    byLetter.computeIfAbsent(letter, l -> new ArrayList<>()).add(labeled.getText()));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectLetters(child, byLetter));
        }
    }

    /** The underlined letter as JavaFX reads it: the first character after a single underscore. */
    private static Optional<String> letter(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length() - 1; i++) {
            char next = text.charAt(i + 1);
            if (text.charAt(i) == '_' && next == '_') {
                i++;
            } else if (text.charAt(i) == '_' && !Character.isWhitespace(next)) {
                return Optional.of(String.valueOf(next).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }
}
