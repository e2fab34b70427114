package org.fourpi.toolkit.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestImages;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganisationProfileViewModelTest {

    @TempDir
    Path temp;

    private TestServices test;
    private RecordingDialogs dialogs;
    private SameThreadExecutor executor;
    private OrganisationProfileViewModel form;

    @BeforeEach
    void open() {
        test = TestServices.open(temp.resolve("data"));
        dialogs = new RecordingDialogs();
        executor = new SameThreadExecutor();
        form = newForm();
    }

    private OrganisationProfileViewModel newForm() {
        return new OrganisationProfileViewModel(test.services().organisations(), test.services().preferences(),
                executor, dialogs, TestServices.MESSAGES);
    }

    @AfterEach
    void close() {
        test.close();
        assertThat(executor.unexpected()).isEmpty();
    }

    @Test
    void showsTenOClockAsTheEarliestStartForMeetingsUntilItIsChanged() {
        form.load();

        assertThat(form.earliestStartProperty().get()).isEqualTo("10:00");
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void asksForATimeItCanReadAsTheEarliestStartAndSavesNothingUntilThen() {
        form.load();
        form.value(ProfileField.NAME).set("Riverside Voices");
        form.earliestStartProperty().set("half nine");

        assertThat(form.save()).isFalse();

        assertThat(form.earliestStartErrorProperty().get()).isEqualTo("Type a time like 10:00");
        assertThat(form.earliestStartInvalidProperty().get()).isTrue();
        assertThat(form.statusProperty().get()).isEqualTo("Not saved yet: please check the field marked below.");
        assertThat(test.services().organisations().load()).isEmpty();
        assertThat(test.services().preferences().meetingEarliestStart()).isEqualTo(java.time.LocalTime.of(10, 0));

        form.earliestStartProperty().set("25:00");
        assertThat(form.earliestStartErrorProperty().get()).as("checked again as typed").isEqualTo("Type a time like 10:00");
        form.earliestStartProperty().set("9:30");
        assertThat(form.earliestStartErrorProperty().get()).isEmpty();
    }

    @Test
    void savesTheEarliestStartForMeetingsSoTheMeetingChecksUseIt() {
        var meetings = test.services().meetings();
        long id = meetings.save(new org.fourpi.toolkit.meetings.Meeting(null, "Steering group",
                org.fourpi.toolkit.meetings.MeetingKind.STEERING_GROUP, null, java.time.LocalDate.of(2026, 12, 10),
                java.time.LocalTime.of(9, 45), java.time.LocalTime.of(11, 45),
                org.fourpi.toolkit.meetings.Venue.NONE, "", "Jo", null, "")).id();
        assertThat(meetings.checks(id, Enum::name)).extracting(c -> c.kind())
                .contains(org.fourpi.toolkit.meetings.MeetingCheck.Kind.EARLY_START);
        form.load();
        form.value(ProfileField.NAME).set("Riverside Voices");
        form.earliestStartProperty().set("9:30");

        assertThat(form.save()).isTrue();

        assertThat(form.statusProperty().get()).isEqualTo(TestServices.MESSAGES.text("profile.status.saved"));
        assertThat(newFormLoaded().earliestStartProperty().get()).isEqualTo("09:30");
        assertThat(meetings.checks(id, Enum::name)).extracting(c -> c.kind())
                .doesNotContain(org.fourpi.toolkit.meetings.MeetingCheck.Kind.EARLY_START);

        form.earliestStartProperty().set("10:15");
        form.save();
        assertThat(meetings.checks(id, Enum::name)).filteredOn(c -> c.kind()
                        == org.fourpi.toolkit.meetings.MeetingCheck.Kind.EARLY_START)
                .singleElement().extracting(c -> c.details()).isEqualTo(java.util.List.of("10:15"));
    }

    private OrganisationProfileViewModel newFormLoaded() {
        OrganisationProfileViewModel again = newForm();
        again.load();
        return again;
    }

    @Test
    void asksForTheOrganisationNameBeforeSaving() {
        assertThat(form.save()).isFalse();

        assertThat(form.error(ProfileField.NAME).get()).isEqualTo("Organisation name: please fill this in.");
        assertThat(form.firstInvalidFieldProperty().get()).isEqualTo(ProfileField.NAME);
        assertThat(form.statusProperty().get()).contains("check the field marked");
        assertThat(test.services().organisations().load()).isEmpty();
    }

    @Test
    void namesEachFieldWhoseFormatIsWrong() {
        form.value(ProfileField.NAME).set("Riverside Voices");
        form.value(ProfileField.CONTACT_EMAIL).set("sam at example");
        form.value(ProfileField.SUPPORT_PHONE).set("12");
        form.value(ProfileField.POSTCODE).set("nowhere");

        assertThat(form.save()).isFalse();

        assertThat(form.error(ProfileField.CONTACT_EMAIL).get())
                .startsWith("Main contact's email: this does not look like an email address");
        assertThat(form.error(ProfileField.SUPPORT_PHONE).get())
                .startsWith("Support contact's phone: this does not look like a UK phone number");
        assertThat(form.error(ProfileField.POSTCODE).get()).startsWith("Postcode:");
        assertThat(form.error(ProfileField.NAME).get()).isEmpty();
        assertThat(form.firstInvalidFieldProperty().get()).isEqualTo(ProfileField.POSTCODE);
        assertThat(form.statusProperty().get()).contains("3 fields");
    }

    @Test
    void clearsAnErrorAsSoonAsTheFieldIsPutRight() {
        form.value(ProfileField.NAME).set("Riverside Voices");
        form.value(ProfileField.CONTACT_EMAIL).set("sam at example");
        form.save();

        form.value(ProfileField.CONTACT_EMAIL).set("sam@example.org");

        assertThat(form.error(ProfileField.CONTACT_EMAIL).get()).isEmpty();
    }

    @Test
    void savesAValidProfileSoANewFormShowsIt() {
        form.value(ProfileField.NAME).set("Riverside Voices");
        form.value(ProfileField.CONTACT_EMAIL).set("sam@example.org");
        form.value(ProfileField.POSTCODE).set("m1 2ab");
        assertThat(form.dirtyProperty().get()).isTrue();

        assertThat(form.save()).isTrue();

        assertThat(form.statusProperty().get()).isEqualTo("Saved.");
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.value(ProfileField.POSTCODE).get()).isEqualTo("M1 2AB");

        OrganisationProfileViewModel again = newForm();
        again.load();
        assertThat(again.value(ProfileField.NAME).get()).isEqualTo("Riverside Voices");
        assertThat(again.value(ProfileField.CONTACT_EMAIL).get()).isEqualTo("sam@example.org");
        assertThat(again.dirtyProperty().get()).isFalse();
    }

    @Test
    void keepsChangesNotYetSavedWhenShownAgain() {
        form.value(ProfileField.NAME).set("Typed but not saved");
        form.load();
        assertThat(form.value(ProfileField.NAME).get()).isEqualTo("Typed but not saved");
    }

    @Test
    void takesAnImageAsTheLogoAndSavesIt() throws Exception {
        Path file = Files.write(temp.resolve("logo.png"), TestImages.png());
        dialogs.chooseFile(file);
        form.value(ProfileField.NAME).set("Riverside Voices");

        form.chooseLogo();
        form.save();

        assertThat(test.services().organisations().load().orElseThrow().logo()).isNotNull();
        form.removeLogo();
        assertThat(form.dirtyProperty().get()).isTrue();
    }

    @Test
    void explainsWhyAFileCannotBeTheLogo() throws Exception {
        Path file = Files.writeString(temp.resolve("minutes.png"), "these are the minutes of the last meeting");
        dialogs.chooseFile(file);

        form.chooseLogo();

        assertThat(form.logoProperty().get()).isNull();
        assertThat(dialogs.shown()).singleElement().satisfies(shown -> {
            assertThat(shown.kind()).isEqualTo("error");
            assertThat(shown.message()).contains("minutes.png").contains("not a PNG, JPEG or GIF image");
        });
    }
}
