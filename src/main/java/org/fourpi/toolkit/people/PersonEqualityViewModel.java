package org.fourpi.toolkit.people;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * A person's equality monitoring answers, on their own tab: every question optional, saved only
 * when asked, and an objection that removes the answers and keeps the person out of every figure.
 */
public final class PersonEqualityViewModel {

    private final EqualityService equality;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObjectProperty<Long> personId = new SimpleObjectProperty<>();
    private final ObjectProperty<AgeBand> ageBand = new SimpleObjectProperty<>();
    private final ObjectProperty<Ethnicity> ethnicity = new SimpleObjectProperty<>();
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final ObjectProperty<Answer> genderSameAsBirth = new SimpleObjectProperty<>();
    private final ObjectProperty<Answer> disability = new SimpleObjectProperty<>();
    private final ObjectProperty<SexualOrientation> sexualOrientation = new SimpleObjectProperty<>();
    private final ObjectProperty<Religion> religion = new SimpleObjectProperty<>();
    private final ObjectProperty<Answer> unpaidCarer = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> objectedOn = new SimpleObjectProperty<>();
    private final BooleanProperty objected = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private boolean filling;

    public PersonEqualityViewModel(EqualityService equality, TaskExecutor executor, DialogService dialogs,
                                   Messages messages) {
        this.equality = equality;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        objectedOn.addListener((obs, old, now) -> objected.set(now != null));
        for (ObjectProperty<?> answer : List.of(ageBand, ethnicity, sex, genderSameAsBirth, disability,
                sexualOrientation, religion, unpaidCarer)) {
            answer.addListener((obs, old, now) -> {
                if (!filling) {
                    dirty.set(true);
                }
            });
        }
    }

    /** Shows the answers of a saved person; nothing for a person not saved yet. */
    public void show(Long id) {
        personId.set(id);
        message.set("");
        if (id == null) {
            fill(EqualityAnswers.NONE);
            return;
        }
        busy.set(true);
        BackgroundTask.of(progress -> equality.find(id))
                .onSuccess(this::fill)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private void fill(EqualityAnswers a) {
        filling = true;
        ageBand.set(a.ageBand());
        ethnicity.set(a.ethnicity());
        sex.set(a.sex());
        genderSameAsBirth.set(a.genderSameAsBirth());
        disability.set(a.disability());
        sexualOrientation.set(a.sexualOrientation());
        religion.set(a.religion());
        unpaidCarer.set(a.unpaidCarer());
        objectedOn.set(a.objectedOn());
        dirty.set(false);
        filling = false;
    }

    public void save() {
        Long id = personId.get();
        if (id == null || objected.get() || busy.get()) {
            return;
        }
        EqualityAnswers answers = new EqualityAnswers(ageBand.get(), ethnicity.get(), sex.get(),
                genderSameAsBirth.get(), disability.get(), sexualOrientation.get(), religion.get(), unpaidCarer.get(),
                null);
        busy.set(true);
        BackgroundTask.ofAction(() -> equality.save(id, answers))
                .onSuccess(nothing -> {
                    dirty.set(false);
                    message.set(messages.text("people.equality.saved"));
                })
                .onFailure(error -> message.set(messages.text("people.record.failed")))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** The person objects to equality monitoring: after asking, their answers are removed for good. */
    public void recordObjection() {
        Long id = personId.get();
        if (id == null || objected.get() || busy.get()) {
            return;
        }
        if (!dialogs.confirm(messages.text("people.equality.object.title"),
                messages.text("people.equality.object.message"), messages.text("people.equality.object.confirm"),
                messages.text("people.record.cancel"))) {
            return;
        }
        busy.set(true);
        BackgroundTask.of(progress -> {
                    equality.recordObjection(id);
                    return equality.find(id);
                })
                .onSuccess(answers -> {
                    fill(answers);
                    message.set(messages.text("people.equality.objected"));
                })
                .onFailure(error -> message.set(messages.text("people.record.failed")))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    public ObjectProperty<AgeBand> ageBandProperty() {
        return ageBand;
    }

    public ObjectProperty<Ethnicity> ethnicityProperty() {
        return ethnicity;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public ObjectProperty<Answer> genderSameAsBirthProperty() {
        return genderSameAsBirth;
    }

    public ObjectProperty<Answer> disabilityProperty() {
        return disability;
    }

    public ObjectProperty<SexualOrientation> sexualOrientationProperty() {
        return sexualOrientation;
    }

    public ObjectProperty<Religion> religionProperty() {
        return religion;
    }

    public ObjectProperty<Answer> unpaidCarerProperty() {
        return unpaidCarer;
    }

    /** True once the person has objected: the questions are closed. */
    public ReadOnlyBooleanProperty objectedProperty() {
        return objected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True when answers were changed but not saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ObjectProperty<Long> personIdProperty() {
        return personId;
    }
}
