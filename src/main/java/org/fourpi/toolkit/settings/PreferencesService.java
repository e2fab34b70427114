package org.fourpi.toolkit.settings;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.fourpi.toolkit.audit.AuditArea;
import org.fourpi.toolkit.audit.AuditChange;
import org.fourpi.toolkit.audit.AuditTrail;
import org.fourpi.toolkit.common.db.Database;

/**
 * The choices that outlive a run: appearance, whether the first-run welcome was answered, and the
 * earliest start the organisation thinks kind for meetings.
 */
public final class PreferencesService {

    /** The preference that keeps the earliest start for meetings, as "10:00" (a preference key, not a text). */
    public static final String MEETING_EARLIEST_START = "meeting-earliest-start";
    /** Early starts are hard on people taking some medicines; organisations may change this. */
    public static final LocalTime DEFAULT_MEETING_EARLIEST_START = LocalTime.of(10, 0);

    private static final String THEME = "appearance_theme";
    private static final String TEXT_SIZE = "appearance_text_size_percent";
    private static final String WELCOME_DONE = "first_run_welcome_done";

    private static final java.util.Set<String> LOGGED = java.util.Set.of(THEME, TEXT_SIZE, MEETING_EARLIEST_START);

    private final Database database;
    private final PreferenceRepository repository = new PreferenceRepository();
    private final AuditTrail audit;

    public PreferencesService(Database database) {
        this(database, AuditTrail.NONE);
    }

    /** @param audit where each change of a value is written, in the change's own transaction */
    public PreferencesService(Database database, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
    }

    public Appearance appearance() {
        var db = database.dsl();
        Theme theme = repository.find(db, THEME).map(PreferencesService::parseTheme).orElse(Theme.LIGHT);
        int size = repository.find(db, TEXT_SIZE).map(PreferencesService::parseSize)
                .orElse(Appearance.DEFAULT.textSizePercent());
        return new Appearance(theme, size);
    }

    /** Writes are one at a time, so two quick changes cannot both try to add the same setting. */
    public synchronized void saveAppearance(Appearance appearance) {
        database.transaction(db -> {
            put(db, THEME, appearance.theme().name());
            put(db, TEXT_SIZE, Integer.toString(appearance.textSizePercent()));
        });
    }

    public boolean isWelcomeDone() {
        return repository.find(database.dsl(), WELCOME_DONE).map(Boolean::parseBoolean).orElse(false);
    }

    public synchronized void markWelcomeDone() {
        repository.put(database.dsl(), WELCOME_DONE, "true");
    }

    /** A value another part of the program asked to keep, such as a remembered column mapping. */
    public Optional<String> value(String key) {
        return repository.find(database.dsl(), key);
    }

    public synchronized void remember(String key, String value) {
        database.transaction(db -> put(db, key, value));
    }

    /**
     * Keeps a value, and writes it to the audit log when it is a setting people choose and differs from the
     * one before. Values kept for convenience, such as how the columns of a file were read, are not logged.
     */
    private void put(org.jooq.DSLContext db, String key, String value) {
        Optional<String> before = repository.find(db, key);
        repository.put(db, key, value);
        if (LOGGED.contains(key) && !before.equals(Optional.ofNullable(value))) {
            audit.record(db, new AuditChange(AuditArea.SETTINGS, "settings.preference", null, null, key,
                    before.orElse(null), value));
        }
    }

    /** The earliest start the organisation thinks kind for meetings: its own, or 10:00. */
    public LocalTime meetingEarliestStart() {
        return value(MEETING_EARLIEST_START).flatMap(PreferencesService::parseTime)
                .orElse(DEFAULT_MEETING_EARLIEST_START);
    }

    public void saveMeetingEarliestStart(LocalTime time) {
        remember(MEETING_EARLIEST_START, time.withSecond(0).withNano(0).toString());
    }

    private static Optional<LocalTime> parseTime(String text) {
        try {
            return Optional.of(LocalTime.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Theme parseTheme(String text) {
        try {
            return Theme.valueOf(text);
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    private static int parseSize(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return Appearance.DEFAULT.textSizePercent();
        }
    }
}
