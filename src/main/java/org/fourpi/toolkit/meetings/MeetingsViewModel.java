package org.fourpi.toolkit.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * The Meetings section: the list of meetings, those to come first (the soonest at the top) and then
 * those past (the latest at the top), or one meeting open in its place.
 */
public final class MeetingsViewModel {

    /** What the section shows. */
    public enum Mode { LIST, MEETING }

    /** One meeting as the list shows it. */
    public record Row(long id, String when, String date, String time, String title, String kind, String invited) {
    }

    static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.UK);
    static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final MeetingService meetings;
    private final MeetingEditorViewModel editor;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.LIST);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty();

    public MeetingsViewModel(MeetingService meetings, MeetingEditorViewModel editor, TaskExecutor executor,
                             Messages messages, Clock clock) {
        this.meetings = meetings;
        this.editor = editor;
        this.executor = executor;
        this.messages = messages;
        this.clock = clock;
        editor.onClosed(said -> {
            mode.set(Mode.LIST);
            refresh();
            message.set(said);
        });
    }

    /** The section was chosen: the list is read again; an open meeting stays as it is. */
    public void shown() {
        if (mode.get() == Mode.LIST) {
            refresh();
        }
    }

    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        BackgroundTask.of(progress -> rowsOf(meetings.list(), today))
                .onSuccess(found -> {
                    rows.setAll(found);
                    loaded.set(true);
                })
                .onFailure(error -> message.set(messages.text("meetings.list.loadFailed")))
                .executeWith(executor);
    }

    private List<Row> rowsOf(List<MeetingSummary> all, LocalDate today) {
        List<MeetingSummary> coming = new ArrayList<>();
        List<MeetingSummary> past = new ArrayList<>();
        for (MeetingSummary m : all) {
            (m.date().isBefore(today) ? past : coming).add(m);
        }
        Comparator<MeetingSummary> byTime = Comparator.comparing(MeetingSummary::date)
                .thenComparing(MeetingSummary::startsAt, Comparator.nullsFirst(Comparator.naturalOrder()));
        coming.sort(byTime);
        past.sort(byTime.reversed());
        List<Row> shown = new ArrayList<>();
        coming.forEach(m -> shown.add(row(m, "meetings.list.coming")));
        past.forEach(m -> shown.add(row(m, "meetings.list.past")));
        return shown;
    }

    private Row row(MeetingSummary m, String whenKey) {
        return new Row(m.id(), messages.text(whenKey), SHOWN_DATE.format(m.date()),
                m.startsAt() == null ? "" : SHOWN_TIME.format(m.startsAt()), m.title(),
                m.kind() == null ? "" : messages.text(m.kind().labelKey()),
                messages.text("meetings.list.invitedCount", m.invited()));
    }

    /** Opens a meeting from the list in its place. */
    public void open(Row row) {
        if (row == null) {
            return;
        }
        message.set("");
        editor.open(row.id());
        mode.set(Mode.MEETING);
    }

    public void startNew() {
        message.set("");
        editor.startNew();
        mode.set(Mode.MEETING);
    }

    public boolean hasUnsavedChanges() {
        return mode.get() == Mode.MEETING && editor.hasUnsavedChanges();
    }

    public MeetingEditorViewModel editor() {
        return editor;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** True once the list has been read at least once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }
}
