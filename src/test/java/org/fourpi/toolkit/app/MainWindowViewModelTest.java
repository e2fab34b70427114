package org.fourpi.toolkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.property.SimpleStringProperty;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;

class MainWindowViewModelTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final MainWindowViewModel window = new MainWindowViewModel(TestServices.MESSAGES, dialogs, "/data");

    @Test
    void runsASectionsWorkEachTimeItIsShown() {
        List<Section> shown = new ArrayList<>();
        window.whenShown(Section.HOME, () -> shown.add(Section.HOME));
        window.whenShown(Section.SETTINGS, () -> shown.add(Section.SETTINGS));

        window.start();
        window.show(Section.SETTINGS);
        window.show(Section.PEOPLE);
        window.show(Section.HOME);

        assertThat(shown).containsExactly(Section.HOME, Section.SETTINGS, Section.HOME);
        assertThat(window.statusProperty().get()).isEqualTo("Showing Home.");
        assertThat(window.dataFolderProperty().get()).isEqualTo("Data folder: /data");
    }

    @Test
    void closesWithoutAskingWhenNothingIsUnsaved() {
        window.addUnsavedChangesCheck(() -> false);
        assertThat(window.confirmClose()).isTrue();
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void asksBeforeClosingOverUnsavedChanges() {
        AtomicBoolean unsaved = new AtomicBoolean(true);
        window.addUnsavedChangesCheck(unsaved::get);

        assertThat(window.confirmClose()).isFalse();
        dialogs.answerConfirm(true);
        assertThat(window.confirmClose()).isTrue();
        assertThat(dialogs.shown()).hasSize(2)
                .allSatisfy(shown -> assertThat(shown.title()).isEqualTo("Changes not saved"));
    }

    @Test
    void showsOtherWorksNewsInTheStatusBar() {
        SimpleStringProperty export = new SimpleStringProperty("");
        window.showStatusOf(export);

        export.set("Step 2 of 8: Consent (12% done)");
        assertThat(window.statusProperty().get()).isEqualTo("Step 2 of 8: Consent (12% done)");
        export.set("");
        assertThat(window.statusProperty().get()).isEqualTo("Step 2 of 8: Consent (12% done)");
    }

    @Test
    void listsEverySectionInOrder() {
        assertThat(window.sections()).extracting(window::sectionName).containsExactly(
                "Home", "Self-assessment", "People", "Meetings", "Payments", "Reports", "Settings");
    }
}
