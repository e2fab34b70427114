package org.fourpi.toolkit.settings;

import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * Theme and text size: applied to the window at once and kept for the next run. Used by the
 * Settings page and by the View menu alike.
 */
public final class AppearanceViewModel {

    private final PreferencesService preferences;
    private final TaskExecutor executor;
    private final ObjectProperty<Appearance> appearance;
    private final ObjectProperty<Theme> theme;
    private final ObjectProperty<Integer> textSize;

    /**
     * @param initial what was saved last time, read before the window opened
     * @param apply   changes the window's look; called at once and on every change
     */
    public AppearanceViewModel(PreferencesService preferences, TaskExecutor executor, Appearance initial,
                               Consumer<Appearance> apply) {
        this.preferences = preferences;
        this.executor = executor;
        this.appearance = new SimpleObjectProperty<>(initial);
        this.theme = new SimpleObjectProperty<>(initial.theme());
        this.textSize = new SimpleObjectProperty<>(initial.textSizePercent());
        apply.accept(initial);
        theme.addListener((obs, old, now) -> {
            if (now != null) {
                change(appearance.get().withTheme(now));
            }
        });
        textSize.addListener((obs, old, now) -> {
            if (now != null) {
                change(appearance.get().withTextSize(now));
            }
        });
        appearance.addListener((obs, old, now) -> apply.accept(now));
    }

    public ReadOnlyObjectProperty<Appearance> appearanceProperty() {
        return appearance;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The text size in percent: one of {@link Appearance#TEXT_SIZES}. */
    public ObjectProperty<Integer> textSizeProperty() {
        return textSize;
    }

    public void larger() {
        textSize.set(appearance.get().larger().textSizePercent());
    }

    public void smaller() {
        textSize.set(appearance.get().smaller().textSizePercent());
    }

    public void normalSize() {
        textSize.set(Appearance.DEFAULT.textSizePercent());
    }

    public void toggleTheme() {
        theme.set(appearance.get().theme() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT);
    }

    private void change(Appearance next) {
        if (next.equals(appearance.get())) {
            return;
        }
        appearance.set(next);
        theme.set(next.theme());
        textSize.set(next.textSizePercent());
        BackgroundTask.ofAction(() -> preferences.saveAppearance(next)).executeWith(executor);
    }
}
