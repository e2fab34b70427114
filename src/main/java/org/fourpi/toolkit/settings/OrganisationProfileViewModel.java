package org.fourpi.toolkit.settings;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.FileType;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

import java.util.List;

/**
 * The organisation profile form: one text property per field, a message per field when its value
 * breaks a rule, the logo, the earliest start the organisation thinks kind for meetings, and the load
 * and save commands.
 */
public final class OrganisationProfileViewModel {

    private static final DateTimeFormatter TYPED_TIME =
            DateTimeFormatter.ofPattern("H:mm", Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final OrganisationService organisations;
    private final PreferencesService preferences;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final Map<ProfileField, StringProperty> values = new EnumMap<>(ProfileField.class);
    private final Map<ProfileField, StringProperty> errors = new EnumMap<>(ProfileField.class);
    private final ObjectProperty<Logo> logo = new SimpleObjectProperty<>();
    private final StringProperty earliestStart =
            new SimpleStringProperty(SHOWN_TIME.format(PreferencesService.DEFAULT_MEETING_EARLIEST_START));
    private final StringProperty earliestStartError = new SimpleStringProperty("");
    private final BooleanProperty earliestStartInvalid = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<ProfileField> firstInvalidField = new SimpleObjectProperty<>();
    private boolean showErrorsAsTyped;
    private boolean loading;

    public OrganisationProfileViewModel(OrganisationService organisations, PreferencesService preferences,
                                        TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.organisations = organisations;
        this.preferences = preferences;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        for (ProfileField field : ProfileField.values()) {
            StringProperty value = new SimpleStringProperty("");
            values.put(field, value);
            errors.put(field, new SimpleStringProperty(""));
            value.addListener((obs, old, now) -> edited(field));
        }
        logo.addListener((obs, old, now) -> {
            if (!loading) {
                dirty.set(true);
            }
        });
        earliestStart.addListener((obs, old, now) -> {
            if (loading) {
                return;
            }
            dirty.set(true);
            if (showErrorsAsTyped) {
                earliestStartError.set(earliestStartProblem());
            }
        });
        earliestStartInvalid.bind(earliestStartError.isNotEmpty());
    }

    /** The earliest start for meetings, as typed, such as "10:00"; a meeting starting before it is warned of. */
    public StringProperty earliestStartProperty() {
        return earliestStart;
    }

    public ReadOnlyStringProperty earliestStartErrorProperty() {
        return earliestStartError;
    }

    /** True after a save attempt while the earliest start is not a time, so the view can move focus to it. */
    public ReadOnlyBooleanProperty earliestStartInvalidProperty() {
        return earliestStartInvalid;
    }

    public StringProperty value(ProfileField field) {
        return values.get(field);
    }

    public ReadOnlyStringProperty error(ProfileField field) {
        return errors.get(field);
    }

    public ReadOnlyObjectProperty<Logo> logoProperty() {
        return logo;
    }

    /** True when there are changes not yet saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** A sentence about the last load or save, for the person and their screen reader. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The first field with a problem after a save attempt, so the view can move focus to it. */
    public ReadOnlyObjectProperty<ProfileField> firstInvalidFieldProperty() {
        return firstInvalidField;
    }

    /** Loads the saved profile, unless the form holds changes not yet saved. */
    public void load() {
        if (dirty.get() || busy.get()) {
            return;
        }
        busy.set(true);
        BackgroundTask.of(progress -> new Saved(organisations.load(), preferences.meetingEarliestStart()))
                .onSuccess(this::show)
                .onFailure(error -> status.set(messages.text("profile.status.loadFailed")))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Checks every field; saves in the background when all is well. Returns false when a field is wrong. */
    public boolean save() {
        if (busy.get()) {
            return false;
        }
        showErrorsAsTyped = true;
        if (!validate()) {
            int count = (int) errors.values().stream().filter(e -> !e.get().isEmpty()).count()
                    + (earliestStartError.get().isEmpty() ? 0 : 1);
            status.set(messages.text("profile.status.invalid", count));
            return false;
        }
        OrganisationProfile profile = OrganisationProfile.of(currentValues(), logo.get());
        LocalTime start = parseTime(earliestStart.get());
        busy.set(true);
        status.set(messages.text("profile.status.saving"));
        BackgroundTask.of(progress -> {
                    OrganisationProfile kept = organisations.save(profile);
                    preferences.saveMeetingEarliestStart(start);
                    return new Saved(Optional.of(kept), preferences.meetingEarliestStart());
                })
                .onSuccess(saved -> {
                    show(saved);
                    status.set(messages.text("profile.status.saved"));
                })
                .onFailure(error -> {
                    status.set(messages.text("profile.status.saveFailed"));
                    dialogs.showError(messages.text("profile.saveFailed.title"),
                            messages.text("profile.saveFailed.message"));
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
        return true;
    }

    /** Asks for an image file and, once it is read and checked, makes it the logo. */
    public void chooseLogo() {
        Optional<Path> file = dialogs.chooseFileToOpen(messages.text("profile.logo.choose.title"),
                new FileType(messages.text("profile.logo.fileType"), List.of("*.png", "*.jpg", "*.jpeg", "*.gif")));
        file.ifPresent(this::useLogoFile);
    }

    void useLogoFile(Path file) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        BackgroundTask.of(progress -> organisations.readLogo(file))
                .onSuccess(logo::set)
                .onFailure(error -> dialogs.showError(messages.text("profile.logo.problem.title"),
                        logoProblem(error, file)))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    public void removeLogo() {
        logo.set(null);
    }

    private String logoProblem(Throwable error, Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        LogoException.Problem problem = error instanceof LogoException e ? e.problem() : LogoException.Problem.UNREADABLE;
        return switch (problem) {
            case TOO_LARGE -> messages.text("profile.logo.problem.tooLarge", name, Logo.MAX_BYTES / (1024 * 1024));
            case NOT_AN_IMAGE -> messages.text("profile.logo.problem.notImage", name);
            case UNREADABLE -> messages.text("profile.logo.problem.unreadable", name);
            case DAMAGED -> messages.text("profile.logo.problem.damaged", name);
            case TOO_MANY_PIXELS -> messages.text("profile.logo.problem.tooManyPixels", name, Logo.MAX_SIDE_PIXELS);
            case NOT_A_FILE -> messages.text("files.refused.notAFile", name);
        };
    }

    private void edited(ProfileField field) {
        if (loading) {
            return;
        }
        dirty.set(true);
        if (showErrorsAsTyped) {
            errors.get(field).set(problemText(field));
        }
    }

    private boolean validate() {
        earliestStartError.set(earliestStartProblem());
        ProfileField first = null;
        for (ProfileField field : ProfileField.values()) {
            String text = problemText(field);
            errors.get(field).set(text);
            if (!text.isEmpty() && first == null) {
                first = field;
            }
        }
        firstInvalidField.set(null);
        firstInvalidField.set(first);
        return first == null && earliestStartError.get().isEmpty();
    }

    private String earliestStartProblem() {
        return parseTime(earliestStart.get()) == null ? messages.text("profile.earliestStart.invalid") : "";
    }

    private static LocalTime parseTime(String typed) {
        String text = typed == null ? "" : typed.strip().replace('.', ':');
        try {
            return LocalTime.parse(text, TYPED_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String problemText(ProfileField field) {
        return field.rule().check(values.get(field).get())
                .map(problem -> messages.text(problem.labelKey(), messages.text(field.labelKey()), field.maxLength()))
                .orElse("");
    }

    private Map<ProfileField, String> currentValues() {
        Map<ProfileField, String> current = new EnumMap<>(ProfileField.class);
        values.forEach((field, property) -> current.put(field, property.get()));
        return current;
    }

    /** The profile as kept, if any, and the earliest start for meetings. */
    private record Saved(Optional<OrganisationProfile> profile, LocalTime earliestStart) {
    }

    private void show(Saved saved) {
        loading = true;
        try {
            earliestStart.set(SHOWN_TIME.format(saved.earliestStart()));
            earliestStartError.set("");
        } finally {
            loading = false;
        }
        saved.profile().ifPresent(this::show);
        dirty.set(false);
    }

    private void show(OrganisationProfile profile) {
        loading = true;
        try {
            profile.values().forEach((field, text) -> values.get(field).set(text));
            logo.set(profile.logo());
            errors.values().forEach(e -> e.set(""));
            dirty.set(false);
            showErrorsAsTyped = false;
        } finally {
            loading = false;
        }
    }
}
