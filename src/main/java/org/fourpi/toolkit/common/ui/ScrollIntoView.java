package org.fourpi.toolkit.common.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Keyboard users tab into fields below the fold: brings the focused control into view; for views only. */
public final class ScrollIntoView {

    private static final double MARGIN = 24;

    private ScrollIntoView() {
    }

    /** Scrolls the nearest page that scrolls up and down round the control so that it shows. */
    public static void nearest(Node focused) {
        for (Node n = focused == null ? null : focused.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane pane && pane.isFitToWidth() && !pane.isFitToHeight()) {
                within(pane, focused);
                return;
            }
        }
    }

    /** Scrolls the page so that the control shows, when it is on that page. */
    public static void within(ScrollPane scroller, Node focused) {
        Node page = scroller.getContent();
        if (page == null || focused == null || !isOn(page, focused)) {
            return;
        }
        Bounds node = page.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double pageHeight = page.getBoundsInLocal().getHeight();
        double viewHeight = scroller.getViewportBounds().getHeight();
        if (node == null || pageHeight <= viewHeight) {
            return;
        }
        double top = scroller.getVvalue() * (pageHeight - viewHeight);
        if (node.getMinY() - MARGIN < top) {
            top = Math.max(0, node.getMinY() - MARGIN);
        } else if (node.getMaxY() + MARGIN > top + viewHeight) {
            top = Math.min(pageHeight - viewHeight, node.getMaxY() + MARGIN - viewHeight);
        } else {
            return;
        }
        scroller.setVvalue(top / (pageHeight - viewHeight));
    }

    private static boolean isOn(Node page, Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == page) {
                return true;
            }
        }
        return false;
    }
}
