package org.fourpi.toolkit.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppearanceViewModelTest {

    @TempDir
    Path temp;

    @Test
    void appliesAndRemembersTheChosenThemeAndTextSize() {
        List<Appearance> applied = new ArrayList<>();
        try (TestServices test = TestServices.open(temp)) {
            PreferencesService preferences = test.services().preferences();
            AppearanceViewModel appearance = new AppearanceViewModel(preferences, new SameThreadExecutor(),
                    preferences.appearance(), applied::add);

            appearance.themeProperty().set(Theme.DARK);
            appearance.larger();
            appearance.larger();

            assertThat(applied).last().isEqualTo(new Appearance(Theme.DARK, 150));
            assertThat(preferences.appearance()).isEqualTo(new Appearance(Theme.DARK, 150));
        }
        try (TestServices reopened = TestServices.open(temp)) {
            assertThat(reopened.services().preferences().appearance()).isEqualTo(new Appearance(Theme.DARK, 150));
        }
    }

    @Test
    void keepsTextSizeBetweenNormalAndDouble() {
        try (TestServices test = TestServices.open(temp)) {
            PreferencesService preferences = test.services().preferences();
            AppearanceViewModel appearance = new AppearanceViewModel(preferences, new SameThreadExecutor(),
                    Appearance.DEFAULT, a -> { });
            for (int i = 0; i < 10; i++) {
                appearance.larger();
            }
            assertThat(appearance.textSizeProperty().get()).isEqualTo(200);
            for (int i = 0; i < 10; i++) {
                appearance.smaller();
            }
            assertThat(appearance.textSizeProperty().get()).isEqualTo(100);
            assertThat(new Appearance(Theme.LIGHT, 150).fontSizePx()).isEqualTo(21.0);
        }
    }
}
