package org.fourpi.toolkit.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * The Time to pay tab: the figures of {@link TimelinessService} as a sentence per month, a table and chart
 * bars, for the last 12 months or a chosen tax year, read again in the background when shown.
 */
public final class TimelinessViewModel {

    /** How many earlier tax years can be chosen besides the current one. */
    static final int EARLIER_YEARS = 5;

    /**
     * One month as the table shows it.
     *
     * @param sentence the month's figures in a sentence, for a screen reader
     */
    public record Row(String month, String paid, String median, String withinTarget, String sentence) {
    }

    /**
     * One month as the chart shows it.
     *
     * @param median empty when nothing was paid that month, so no bar is drawn
     * @param target empty before the first rate set
     */
    public record Bar(String month, Optional<BigDecimal> median, OptionalInt target) {
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Locale.UK);

    private final TimelinessService timeliness;
    private final TaskExecutor executor;
    private final Messages messages;

    private final ObservableList<TimelinessSpan> spans = FXCollections.observableArrayList();
    private final ObjectProperty<TimelinessSpan> span = new SimpleObjectProperty<>(TimelinessSpan.LAST_12_MONTHS);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Bar> bars = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty waiting = new SimpleStringProperty("");
    private final StringProperty latestMonth = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private boolean again;

    public TimelinessViewModel(TimelinessService timeliness, TaskExecutor executor, Messages messages,
                               LocalDate today) {
        this.timeliness = timeliness;
        this.executor = executor;
        this.messages = messages;
        spans.add(TimelinessSpan.LAST_12_MONTHS);
        TaxYear current = TaxYear.of(today);
        for (int back = 0; back <= EARLIER_YEARS; back++) {
            spans.add(TimelinessSpan.of(TaxYear.starting(current.startYear() - back)));
        }
        span.addListener((obs, old, now) -> {
            if (now != null) {
                refresh();
            }
        });
    }

    /** Reads the figures for the chosen span in the background. */
    public void refresh() {
        if (busy.get()) {
            again = true;
            return;
        }
        TimelinessSpan chosen = span.get() == null ? TimelinessSpan.LAST_12_MONTHS : span.get();
        busy.set(true);
        status.set(messages.text("payments.timeliness.status.loading"));
        BackgroundTask.of(progress -> timeliness.report(chosen))
                .onSuccess(this::show)
                .onFailure(error -> status.set(messages.text("payments.timeliness.status.failed")))
                .onFinished(() -> {
                    busy.set(false);
                    if (again) {
                        again = false;
                        refresh();
                    }
                })
                .executeWith(executor);
    }

    private void show(TimelinessReport report) {
        List<Row> newRows = new ArrayList<>();
        List<Bar> newBars = new ArrayList<>();
        for (TimelinessReport.Month month : report.months()) {
            String name = monthName(month, report.asOf());
            TimelinessReport.Figures f = month.figures();
            newRows.add(new Row(name, Integer.toString(f.paid()),
                    f.medianDays().map(this::days).orElse(messages.text("payments.timeliness.none")),
                    f.paid() == 0 ? messages.text("payments.timeliness.none") : withinText(f),
                    sentence(messages.text("payments.timeliness.in", name), f)));
            newBars.add(new Bar(SHORT_MONTH.format(month.month()), f.medianDays(), month.targetDays()));
        }
        rows.setAll(newRows.reversed());
        bars.setAll(newBars);
        summary.set(sentence(messages.text("payments.timeliness.fromTo", DATE.format(report.from()),
                DATE.format(report.to())), report.all()));
        latestMonth.set(newRows.isEmpty() ? "" : newRows.getLast().sentence());
        TimelinessReport.Waiting w = report.waiting();
        waiting.set(w.count() == 0 ? messages.text("payments.timeliness.waiting.none")
                : messages.text("payments.timeliness.waiting", w.count(), w.pastTarget()));
        status.set(messages.text("payments.timeliness.status.loaded", DATE.format(report.asOf())));
        loaded.set(true);
    }

    /** "October 2026", "November 2026 so far", or "6 to 30 April 2026" for a month counted only in part. */
    private String monthName(TimelinessReport.Month month, LocalDate today) {
        if (month.whole()) {
            return MONTH.format(month.month());
        }
        if (month.from().getDayOfMonth() == 1 && month.to().equals(today)) {
            return messages.text("payments.timeliness.monthSoFar", MONTH.format(month.month()));
        }
        return messages.text("payments.timeliness.partMonth", DAY.format(month.from()), DAY.format(month.to()),
                MONTH.format(month.month()));
    }

    /** "In October 2026, 12 claims were paid; half within 9 days; 83% within the 14-day target." */
    String sentence(String when, TimelinessReport.Figures f) {
        if (f.paid() == 0) {
            return messages.text("payments.timeliness.sentence.none", when);
        }
        String days = days(f.medianDays().orElseThrow());
        String first = f.paid() == 1 ? messages.text("payments.timeliness.sentence.one", when, days)
                : messages.text("payments.timeliness.sentence.many", when, f.paid(), days);
        OptionalInt percent = f.percentWithinTarget();
        if (percent.isEmpty()) {
            return first + messages.text("payments.timeliness.sentence.noTarget");
        }
        if (f.paid() == 1) {
            String key = f.withinTarget() == 1 ? "payments.timeliness.sentence.oneWithin" : "payments.timeliness.sentence.oneLate";
            return first + (f.sameTarget().isPresent() ? messages.text(key, f.sameTarget().getAsInt())
                    : messages.text(key + ".own"));
        }
        return first + (f.sameTarget().isPresent()
                ? messages.text("payments.timeliness.sentence.share", percent.getAsInt(), f.sameTarget().getAsInt())
                : messages.text("payments.timeliness.sentence.shareOwn", percent.getAsInt()));
    }

    private String withinText(TimelinessReport.Figures f) {
        OptionalInt percent = f.percentWithinTarget();
        if (percent.isEmpty()) {
            return messages.text("payments.timeliness.noTarget");
        }
        return messages.text("payments.timeliness.within", percent.getAsInt(), f.withinTarget(), f.judged());
    }

    /** "9 days", "9.5 days", "1 day". */
    String days(BigDecimal days) {
        String number = days.stripTrailingZeros().toPlainString();
        return days.compareTo(BigDecimal.ONE) == 0 ? messages.text("payments.timeliness.day")
                : messages.text("payments.timeliness.days", number);
    }

    /** "Last 12 months" or "Tax year 2026-27". */
    public String spanText(TimelinessSpan value) {
        return value == null ? "" : value.year().map(y -> messages.text("payments.timeliness.span.year", y.label()))
                .orElse(messages.text("payments.timeliness.span.last12"));
    }

    public ObservableList<TimelinessSpan> spans() {
        return spans;
    }

    public ObjectProperty<TimelinessSpan> spanProperty() {
        return span;
    }

    /** Each month of the span, the latest first. */
    public ObservableList<Row> rows() {
        return rows;
    }

    /** Each month of the span, the earliest first, for the chart. */
    public ObservableList<Bar> bars() {
        return bars;
    }

    /** The whole span in a sentence. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** The latest month of the span in a sentence. */
    public ReadOnlyStringProperty latestMonthProperty() {
        return latestMonth;
    }

    /** How many claims are waiting today, and how many of them are past the target. */
    public ReadOnlyStringProperty waitingProperty() {
        return waiting;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }
}
