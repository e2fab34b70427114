package org.fourpi.toolkit.meetings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One agenda item as it is edited: its fields as typed, and its papers. */
public final class AgendaRow {

    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<AgendaAsk> ask = new SimpleObjectProperty<>(AgendaAsk.DISCUSS);
    private final StringProperty presenter = new SimpleStringProperty("");
    private final StringProperty minutes = new SimpleStringProperty("");
    private final StringProperty laySummary = new SimpleStringProperty("");
    private final BooleanProperty paperExpected = new SimpleBooleanProperty();
    private final ObservableList<AgendaItem.Paper> papers = FXCollections.observableArrayList();

    AgendaRow(AgendaItem item) {
        if (item != null) {
            title.set(item.title());
            ask.set(item.ask());
            presenter.set(item.presenter());
            minutes.set(item.minutes() == null ? "" : item.minutes().toString());
            laySummary.set(item.laySummary());
            paperExpected.set(item.paperExpected());
            papers.setAll(item.papers());
        }
    }

    void whenChanged(Runnable changed) {
        ChangeListener<Object> listener = (obs, old, now) -> changed.run();
        title.addListener(listener);
        ask.addListener(listener);
        presenter.addListener(listener);
        minutes.addListener(listener);
        laySummary.addListener(listener);
        paperExpected.addListener(listener);
        papers.addListener((javafx.collections.ListChangeListener<AgendaItem.Paper>) c -> changed.run());
    }

    /** The item to save, or null when the minutes are not a whole number. */
    AgendaItem toItem() {
        String typed = minutes.get() == null ? "" : minutes.get().strip();
        Integer mins = null;
        if (!typed.isEmpty()) {
            try {
                mins = Integer.valueOf(typed);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return new AgendaItem(title.get(), ask.get(), presenter.get(), mins, laySummary.get(), paperExpected.get(),
                papers);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<AgendaAsk> askProperty() {
        return ask;
    }

    public StringProperty presenterProperty() {
        return presenter;
    }

    public StringProperty minutesProperty() {
        return minutes;
    }

    public StringProperty laySummaryProperty() {
        return laySummary;
    }

    public BooleanProperty paperExpectedProperty() {
        return paperExpected;
    }

    public ObservableList<AgendaItem.Paper> papers() {
        return papers;
    }
}
