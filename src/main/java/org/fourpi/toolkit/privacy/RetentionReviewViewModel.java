package org.fourpi.toolkit.privacy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/** The retention review: what has passed its time, each with a tick box, and removing the ticked ones. */
public final class RetentionReviewViewModel {

    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** One line of the review: what it is and why, and whether it is ticked for removal. */
    public static final class Line {
        private final RetentionItem item;
        private final String text;
        private final BooleanProperty ticked = new SimpleBooleanProperty();

        Line(RetentionItem item, String text) {
            this.item = item;
            this.text = text;
        }

        public RetentionItem item() {
            return item;
        }

        public String text() {
            return text;
        }

        public BooleanProperty tickedProperty() {
            return ticked;
        }
    }

    private final RetentionReviewService retention;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public RetentionReviewViewModel(RetentionReviewService retention, TaskExecutor executor, DialogService dialogs,
                                    Messages messages) {
        this.retention = retention;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Reads the review again, in the background. */
    public void refresh() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        summary.set(messages.text("privacy.retention.checking"));
        BackgroundTask.of(p -> retention.review())
                .onSuccess(this::fill)
                .onFailure(error -> summary.set(messages.text("privacy.retention.loadFailed")))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private void fill(List<RetentionItem> items) {
        lines.setAll(items.stream().map(i -> new Line(i, words(i))).toList());
        summary.set(items.isEmpty() ? messages.text("privacy.retention.nothing")
                : messages.text("privacy.retention.found", items.size()));
    }

    String words(RetentionItem item) {
        return switch (item.kind()) {
            case PAYMENTS_OF_ERASED -> messages.text("privacy.retention.line.payments", item.name(), item.claims(),
                    longDay(item.keptUntil()), RetentionRules.ACCOUNTS_YEARS);
            case LEFT_LONG_AGO -> messages.text("privacy.retention.line.left", item.name(),
                    longDay(item.keptUntil().minusYears(RetentionRules.LEFT_YEARS)), item.claims(),
                    RetentionRules.LEFT_YEARS);
        };
    }

    /** Removes the ticked lines after a plain question, in the background. */
    public void purge() {
        if (busy.get()) {
            return;
        }
        List<RetentionItem> ticked = lines.stream().filter(l -> l.tickedProperty().get()).map(Line::item).toList();
        if (ticked.isEmpty()) {
            status.set(messages.text("privacy.retention.tickFirst"));
            return;
        }
        int claims = ticked.stream().mapToInt(RetentionItem::claims).sum();
        int people = (int) ticked.stream().filter(i -> i.kind() == RetentionItem.Kind.LEFT_LONG_AGO).count();
        if (!dialogs.confirmRisky(messages.text("privacy.retention.confirm.title"),
                messages.text("privacy.retention.confirm.message", claims, people),
                messages.text("privacy.retention.confirm.yes"), messages.text("privacy.retention.confirm.no"))) {
            return;
        }
        busy.set(true);
        status.set(messages.text("privacy.retention.removing"));
        BackgroundTask.of(p -> retention.purge(ticked))
                .onSuccess(result -> {
                    String done = messages.text("privacy.retention.done", result.claimsRemoved(), result.peopleErased());
                    status.set(result.filesLeft().isEmpty() ? done
                            : done + " " + messages.text("privacy.retention.filesLeft", result.filesLeft().size()));
                })
                .onFailure(error -> status.set(messages.text("privacy.retention.failed")))
                .onFinished(() -> {
                    busy.set(false);
                    refresh();
                })
                .executeWith(executor);
    }

    static String longDay(LocalDate day) {
        return day == null ? "" : LONG_DAY.format(day);
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    /** How many things passed their time, in words. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** A sentence about the last removal. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
