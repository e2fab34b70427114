package org.fourpi.toolkit.settings;

import org.fourpi.toolkit.common.validation.Problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fourpi.toolkit.testing.TestImages;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganisationServiceTest {

    @TempDir
    Path temp;

    private TestServices test;
    private OrganisationService organisations;

    @BeforeEach
    void open() {
        test = TestServices.open(temp.resolve("data"));
        organisations = test.services().organisations();
    }

    @AfterEach
    void close() {
        test.close();
    }

    static OrganisationProfile profile(String name, String email) {
        return new OrganisationProfile(name, "1 High Street\nTown", "m1 2ab", "1234567", "", "Sam Okafor",
                "0161 496 0000", email, "Jo Patel", "07700 900123", "jo@example.org", null);
    }

    @Test
    void hasNoProfileInANewDataFolder() {
        assertThat(organisations.load()).isEmpty();
        assertThat(organisations.hasProfile()).isFalse();
    }

    @Test
    void savesAProfileThatReadsBackTheSame() {
        Logo logo = Logo.fromBytes(TestImages.png());
        OrganisationProfile saved = organisations.save(new OrganisationProfile("Riverside Voices", "", "",
                "", "", "", "", "", "", "", "", logo));

        assertThat(organisations.load()).contains(saved);
        assertThat(organisations.load().orElseThrow().logo().mediaType()).isEqualTo("image/png");
    }

    @Test
    void writesThePostcodeTheStandardWay() {
        organisations.save(profile("Riverside Voices", "sam@example.org"));
        assertThat(organisations.load().orElseThrow().postcode()).isEqualTo("M1 2AB");
    }

    @Test
    void replacesTheProfileOnASecondSave() {
        organisations.save(profile("First name", "sam@example.org"));
        organisations.save(profile("Second name", "sam@example.org"));
        assertThat(organisations.load().orElseThrow().name()).isEqualTo("Second name");
    }

    @Test
    void refusesAnInvalidProfileAndKeepsWhatWasSaved() {
        organisations.save(profile("Riverside Voices", "sam@example.org"));

        assertThatThrownBy(() -> organisations.save(profile("Riverside Voices", "not an email")))
                .isInstanceOfSatisfying(InvalidProfileException.class, e -> assertThat(e.problems())
                        .containsEntry(ProfileField.CONTACT_EMAIL, Problem.NOT_AN_EMAIL));
        assertThatThrownBy(() -> organisations.save(profile(" ", "sam@example.org")))
                .isInstanceOfSatisfying(InvalidProfileException.class, e -> assertThat(e.problems())
                        .containsEntry(ProfileField.NAME, Problem.REQUIRED));

        assertThat(organisations.load().orElseThrow().contactEmail()).isEqualTo("sam@example.org");
    }

    @Test
    void readsAnImageFileAsTheLogo() throws Exception {
        Path file = Files.write(temp.resolve("logo.png"), TestImages.png());
        assertThat(organisations.readLogo(file).mediaType()).isEqualTo("image/png");
    }

    @Test
    void refusesALogoThatIsNotAnImageOrIsTooLarge() throws Exception {
        Path text = Files.writeString(temp.resolve("logo.png"), "this is a text file, not a picture at all");
        assertThatThrownBy(() -> organisations.readLogo(text)).isInstanceOfSatisfying(LogoException.class,
                e -> assertThat(e.problem()).isEqualTo(LogoException.Problem.NOT_AN_IMAGE));

        Path huge = Files.write(temp.resolve("huge.png"), new byte[Logo.MAX_BYTES + 1]);
        assertThatThrownBy(() -> organisations.readLogo(huge)).isInstanceOfSatisfying(LogoException.class,
                e -> assertThat(e.problem()).isEqualTo(LogoException.Problem.TOO_LARGE));

        assertThatThrownBy(() -> organisations.readLogo(temp.resolve("missing.png")))
                .isInstanceOfSatisfying(LogoException.class,
                        e -> assertThat(e.problem()).isEqualTo(LogoException.Problem.UNREADABLE));
    }
}
