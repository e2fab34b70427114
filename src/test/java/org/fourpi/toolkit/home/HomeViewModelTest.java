package org.fourpi.toolkit.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.fourpi.toolkit.Services;
import org.fourpi.toolkit.settings.OrganisationProfile;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeViewModelTest {

    @TempDir
    Path temp;

    private TestServices test;
    private RecordingDialogs dialogs;
    private final AtomicInteger settingsOpened = new AtomicInteger();
    private HomeViewModel home;

    @BeforeEach
    void open() {
        test = TestServices.open(temp);
        dialogs = new RecordingDialogs();
        home = newHome();
    }

    private HomeViewModel newHome() {
        Services s = test.services();
        return new HomeViewModel(s.organisations(), s.preferences(), s.exampleData(), new SameThreadExecutor(),
                dialogs, TestServices.MESSAGES, settingsOpened::incrementAndGet);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void welcomesANewcomerWithTwoWaysToStart() {
        home.refresh();

        assertThat(home.loadedProperty().get()).isTrue();
        assertThat(home.showWelcomeProperty().get()).isTrue();
        assertThat(home.hasProfileProperty().get()).isFalse();
        assertThat(home.titleProperty().get()).isEqualTo("Welcome to the 4PI Involvement Toolkit");
    }

    @Test
    void fillsAnEmptyFolderWithAnExampleOrganisationToExplore() {
        home.refresh();
        home.exploreWithExampleData();

        assertThat(home.showWelcomeProperty().get()).isFalse();
        assertThat(home.titleProperty().get()).isEqualTo("Riverside Voices (example)");
        assertThat(home.supportProperty().get()).startsWith("Support contact for people who take part: Jo Patel");
        assertThat(home.logoProperty().get()).isNotNull();
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void goesToSettingsAndStopsWelcomingWhenStartingWithOwnDetails() {
        home.refresh();
        home.startWithOwnDetails();

        assertThat(settingsOpened).hasValue(1);
        HomeViewModel later = newHome();
        later.refresh();
        assertThat(later.showWelcomeProperty().get()).isFalse();
    }

    @Test
    void showsTheSavedOrganisation() {
        test.services().organisations().save(new OrganisationProfile("Northside Carers", "2 Park Road", "LS1 4AB",
                "1112223", "01234567", "Ann Lee", "0113 496 0000", "ann@example.org", "", "", "", null));

        home.refresh();

        assertThat(home.showWelcomeProperty().get()).isFalse();
        assertThat(home.titleProperty().get()).isEqualTo("Northside Carers");
        assertThat(home.addressProperty().get()).isEqualTo("2 Park Road\nLS1 4AB");
        assertThat(home.registrationProperty().get()).contains("Charity number 1112223", "Company number 01234567");
        assertThat(home.contactProperty().get()).isEqualTo("Main contact: Ann Lee, 0113 496 0000, ann@example.org");
        assertThat(home.supportProperty().get()).isEqualTo("Support contact for people who take part: not given yet");
    }

    @Test
    void addsNoExampleDataOnTopOfRealRecords() {
        test.services().organisations().save(new OrganisationProfile("Northside Carers", "", "", "", "", "", "",
                "", "", "", "", null));

        home.exploreWithExampleData();

        assertThat(dialogs.shown()).singleElement()
                .satisfies(shown -> assertThat(shown.message()).contains("Nothing was changed"));
        assertThat(test.services().organisations().load().orElseThrow().name()).isEqualTo("Northside Carers");
    }
}
