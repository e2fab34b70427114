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
        return new OrganisationProfileViewModel(test.services().organisations(), executor, dialogs,
                TestServices.MESSAGES);
    }

    @AfterEach
    void close() {
        test.close();
        assertThat(executor.unexpected()).isEmpty();
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
