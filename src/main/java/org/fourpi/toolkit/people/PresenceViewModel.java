package org.fourpi.toolkit.people;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * The Presence page: the figures of {@link PresenceService} as sentences and chart bars, read in
 * the background whenever {@link #refresh()} is called. A bar shows exactly what its figure shows:
 * an exact number, or a band of five drawn from its lowest to its highest number.
 */
public final class PresenceViewModel {

    /**
     * One bar of a chart: a group and the numbers its figure allows; both are the same when exact.
     *
     * @param atLeast where the solid part of the bar ends
     * @param atMost  where the pale part ends, for a figure shown as a band of five
     */
    public record Bar(String label, int atLeast, int atMost) {

        public boolean band() {
            return atLeast != atMost;
        }
    }

    /**
     * One breakdown, ready to show.
     *
     * @param title                 what the breakdown is about
     * @param hint                  a sentence under the title, or empty
     * @param chartAccessibleText   what a screen reader says about the chart
     * @param figuresAccessibleText what a screen reader says about the written figures
     * @param bars                  every group, in reading order
     * @param lines                 every figure in words, such as "Carers: fewer than 5"
     * @param axisUpperBound        where the number scale ends
     * @param tickUnit              the step between marks on the number scale
     */
    public record Chart(String title, String hint, String chartAccessibleText, String figuresAccessibleText,
                        List<Bar> bars, List<String> lines, int axisUpperBound, int tickUnit) {

        public Chart {
            bars = List.copyOf(bars);
            lines = List.copyOf(lines);
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final PresenceService presence;
    private final TaskExecutor executor;
    private final Messages messages;

    private final ObservableList<Chart> involvementCharts = FXCollections.observableArrayList();
    private final ObservableList<Chart> equalityCharts = FXCollections.observableArrayList();
    private final ObservableList<Chart> involvementChartsShown =
            FXCollections.unmodifiableObservableList(involvementCharts);
    private final ObservableList<Chart> equalityChartsShown = FXCollections.unmodifiableObservableList(equalityCharts);
    private final StringProperty activeLine = new SimpleStringProperty("");
    private final BooleanProperty livedExperienceNote = new SimpleBooleanProperty();
    private final BooleanProperty inBands = new SimpleBooleanProperty();
    private final BooleanProperty anyoneActive = new SimpleBooleanProperty();
    private final BooleanProperty anyoneAnswered = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();

    public PresenceViewModel(PresenceService presence, TaskExecutor executor, Messages messages) {
        this.presence = presence;
        this.executor = executor;
        this.messages = messages;
    }

    /** Reads the figures again in the background; does nothing while a reading is under way. */
    public void refresh() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        status.set(messages.text("presence.status.loading"));
        BackgroundTask.of(progress -> presence.summary())
                .onSuccess(this::show)
                .onFailure(error -> status.set(messages.text("presence.status.failed")))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private void show(PresenceSummary summary) {
        activeLine.set(line(summary.active()));
        anyoneActive.set(summary.anyoneActive());
        anyoneAnswered.set(summary.anyoneAnswered());
        livedExperienceNote.set(summary.anyoneActive() && summary.fewLivedExperience());
        inBands.set(summary.inBands());
        involvementCharts.setAll(summary.involvement().stream().map(b -> chart(b, "")).toList());
        List<Chart> equality = new ArrayList<>();
        equality.add(chart(summary.equalityAnswers(), summary.answeredPercent().isPresent()
                ? messages.text("presence.equality.percent", summary.answeredPercent().getAsInt()) : ""));
        if (summary.anyoneAnswered()) {
            summary.equality().forEach(b -> equality.add(chart(b, "")));
        }
        equalityCharts.setAll(equality);
        status.set(messages.text("presence.status.loaded", DATE.format(summary.asOf())));
        loaded.set(true);
    }

    private Chart chart(PresenceBreakdown breakdown, String extraHint) {
        String title = messages.text(breakdown.topic().labelKey());
        List<Bar> bars = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (PresenceFigure figure : breakdown.figures()) {
            lines.add(line(figure));
            bars.add(new Bar(chartLabel(figure.labelKey()), figure.atLeast(), figure.atMost()));
        }
        String hint = breakdown.topic().manyPerPerson() ? messages.text("presence.hint.manyPerPerson") : extraHint;
        int highest = bars.stream().mapToInt(Bar::atMost).max().orElse(0);
        int tick = tickUnit(highest);
        int upper = Math.max(5, (highest + tick - 1) / tick * tick);
        boolean anyBand = bars.stream().anyMatch(Bar::band);
        return new Chart(title, hint,
                messages.text(anyBand ? "presence.chart.accessible.bands" : "presence.chart.accessible", title),
                messages.text("presence.figures.accessible", title, String.join("; ", lines)),
                bars, lines, upper, tick);
    }

    /** A figure in words: "Carers: 12", "Carers: 10 to 14" or "Carers: fewer than 5". */
    private String line(PresenceFigure figure) {
        String label = messages.text(figure.labelKey());
        if (figure.exact()) {
            return messages.text("presence.line.count", label, figure.atLeast());
        }
        if (figure.fewerThanFive()) {
            return messages.text("presence.line.fewerThanFive", label);
        }
        return messages.text("presence.line.band", label, figure.atLeast(), figure.atMost());
    }

    /** A shorter name for a chart's axis where the full one is long; the written figures keep the full one. */
    private String chartLabel(String labelKey) {
        String shortKey = "presence.short." + labelKey;
        return messages.bundle().containsKey(shortKey) ? messages.text(shortKey) : messages.text(labelKey);
    }

    /** A step of 1, 2 or 5 times a power of ten, giving at most ten marks up to the highest bar. */
    static int tickUnit(int highest) {
        int unit = 1;
        while (true) {
            for (int factor : new int[] {1, 2, 5}) {
                if (highest <= 10 * unit * factor) {
                    return unit * factor;
                }
            }
            unit *= 10;
        }
    }

    /** Breakdowns about who is involved: lived experience, perspective, role and level. */
    public ObservableList<Chart> involvementCharts() {
        return involvementChartsShown;
    }

    /** Who answered the equality questions, then, when anyone has, each equality breakdown. */
    public ObservableList<Chart> equalityCharts() {
        return equalityChartsShown;
    }

    /** "People active now: 32", "30 to 34" or "fewer than 5". */
    public ReadOnlyStringProperty activeLineProperty() {
        return activeLine;
    }

    /** True when people are active but the figure for service users and carers is 0 or "fewer than 5". */
    public ReadOnlyBooleanProperty livedExperienceNoteProperty() {
        return livedExperienceNote;
    }

    /** True when some group is small, so every figure on the page is shown as a band of five. */
    public ReadOnlyBooleanProperty inBandsProperty() {
        return inBands;
    }

    public ReadOnlyBooleanProperty anyoneActiveProperty() {
        return anyoneActive;
    }

    public ReadOnlyBooleanProperty anyoneAnsweredProperty() {
        return anyoneAnswered;
    }

    /** A sentence about the last reading, for the person and their screen reader. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Becomes true once figures have been read for the first time. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }
}
