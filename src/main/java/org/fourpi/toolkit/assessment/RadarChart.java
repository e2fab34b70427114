package org.fourpi.toolkit.assessment;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A radar (spider) chart of the five areas on a 1 to 5 scale: this assessment as a solid outline and,
 * when there is one, the previous assessment as a dashed outline. It sizes itself in proportion to the
 * text size, and says its figures in words through its accessible text; the page shows the same words in a
 * label that takes the keyboard focus, so the chart itself does not. For views only.
 */
public final class RadarChart extends Region {

    /** Style classes, for the app stylesheet. */
    public static final String STYLE = "radar-chart";
    public static final String GRID = "radar-grid";
    public static final String CURRENT = "radar-current";
    public static final String PREVIOUS = "radar-previous";

    private static final int RINGS = 5;

    private final ObservableList<AssessmentResultsViewModel.RadarPoint> points;
    private final Label sizer = new Label("M");
    private List<Object> lastDrawn = List.of();

    public RadarChart(ObservableList<AssessmentResultsViewModel.RadarPoint> points) {
        this.points = points;
        getStyleClass().add(STYLE);
        setAccessibleRole(AccessibleRole.TEXT);
        sizer.setVisible(false);
        sizer.setManaged(false);
        getChildren().add(sizer);
        points.addListener((ListChangeListener<AssessmentResultsViewModel.RadarPoint>) change -> requestLayout());
        sizer.fontProperty().addListener((obs, old, now) -> requestLayout());
    }

    private double em() {
        return sizer.getFont().getSize();
    }

    @Override
    protected double computePrefWidth(double height) {
        return em() * 30;
    }

    @Override
    protected double computePrefHeight(double width) {
        return em() * 24;
    }

    @Override
    protected double computeMinWidth(double height) {
        return em() * 20;
    }

    @Override
    protected double computeMinHeight(double width) {
        return em() * 18;
    }

    @Override
    protected void layoutChildren() {
        double em = em();
        double width = getWidth();
        double height = getHeight();
        List<Object> drawn = List.of(List.copyOf(points), width, height, em);
        if (drawn.equals(lastDrawn)) {
            // Redrawing changes the children, which asks for another layout: only redraw when something changed.
            return;
        }
        lastDrawn = drawn;
        getChildren().retainAll(sizer);
        int n = points.size();
        if (n < 3) {
            return;
        }
        double cx = width / 2;
        double cy = height / 2;
        double radius = Math.max(em * 3, Math.min(cy - em * 2, cx - em * 8));
        List<javafx.scene.Node> nodes = new ArrayList<>();
        for (int ring = 1; ring <= RINGS; ring++) {
            Polygon grid = outline(cx, cy, radius * ring / RINGS, n, null);
            grid.getStyleClass().add(GRID);
            nodes.add(grid);
            Text tick = text(String.valueOf(ring), Font.font(em * 0.8));
            tick.getStyleClass().add("radar-tick");
            tick.relocate(cx + 3, cy - radius * ring / RINGS - tick.getLayoutBounds().getHeight());
            nodes.add(tick);
        }
        for (int i = 0; i < n; i++) {
            double[] p = point(cx, cy, radius, i, n);
            Line axis = new Line(cx, cy, p[0], p[1]);
            axis.getStyleClass().add(GRID);
            nodes.add(axis);
        }
        boolean hasBefore = points.stream().anyMatch(p -> p.before() != null);
        Polygon now = outline(cx, cy, radius, n, true);
        now.getStyleClass().add(CURRENT);
        nodes.add(now);
        if (hasBefore) {
            // On top of this assessment's shape, so the dashed line shows wherever the two cross.
            Polygon before = outline(cx, cy, radius, n, false);
            before.getStyleClass().add(PREVIOUS);
            before.getStrokeDashArray().setAll(em * 0.5, em * 0.35);
            nodes.add(before);
        }
        for (int i = 0; i < n; i++) {
            AssessmentResultsViewModel.RadarPoint point = points.get(i);
            Text name = text(point.label(), Font.font(sizer.getFont().getFamily(), FontWeight.BOLD, em));
            name.getStyleClass().add("radar-label");
            double w = name.getLayoutBounds().getWidth();
            double h = name.getLayoutBounds().getHeight();
            double[] p = point(cx, cy, radius + em * 0.6, i, n);
            double x = Math.abs(p[0] - cx) < 1 ? p[0] - w / 2 : p[0] > cx ? p[0] : p[0] - w;
            double y = p[1] < cy - 1 ? p[1] - h : p[1];
            name.relocate(Math.max(0, Math.min(x, width - w)), Math.max(0, y));
            nodes.add(name);
        }
        nodes.forEach(node -> {
            node.setMouseTransparent(true);
            node.setFocusTraversable(false);
        });
        getChildren().addAll(nodes);
    }

    private Text text(String words, Font font) {
        Text text = new Text(words);
        text.setFont(font);
        text.setTextOrigin(VPos.TOP);
        return text;
    }

    /** The grid ring (null), this assessment (true) or the previous one (false). */
    private Polygon outline(double cx, double cy, double radius, int n, Boolean current) {
        Polygon polygon = new Polygon();
        for (int i = 0; i < n; i++) {
            AssessmentResultsViewModel.RadarPoint point = points.get(i);
            double r = radius;
            if (current != null) {
                Double value = current ? point.now() : point.before();
                r = value == null ? 0 : radius * value / RINGS;
            }
            double[] p = point(cx, cy, r, i, n);
            polygon.getPoints().addAll(p[0], p[1]);
        }
        return polygon;
    }

    /** A point on axis i of n, the first straight up, going clockwise. */
    private static double[] point(double cx, double cy, double r, int i, int n) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        return new double[] {cx + r * Math.cos(angle), cy + r * Math.sin(angle)};
    }
}
