package org.fourpi.toolkit.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"sam@example.org", "jo.patel@riverside-voices.org.uk", " a@b.co "})
    void acceptsEmailAddresses(String email) {
        assertThat(Formats.isEmail(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sam", "sam@", "sam@example", "sam @example.org", "@example.org", "a@b@c.org"})
    void rejectsTextThatIsNotAnEmailAddress(String email) {
        assertThat(Formats.isEmail(email)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0161 496 0000", "07700 900123", "+44 7700 900123", "(020) 7946 0000", "+44 (0)20 7946 0000"})
    void acceptsUkPhoneNumbers(String phone) {
        assertThat(Formats.isUkPhone(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "call me", "0161 496", "+1 555 123 4567"})
    void rejectsNumbersThatAreNotUkPhoneNumbers(String phone) {
        assertThat(Formats.isUkPhone(phone)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "07700900123", "+44 7700 900123", "+447700900123", "0044 7700 900123",
            "+44 (0)7700 900123", "(07700) 900-123"})
    void readsEveryWayOfWritingAUkNumberAsTheSameDigits(String phone) {
        assertThat(Formats.ukPhoneDigits(phone)).isEqualTo("07700900123");
    }

    @Test
    void givesOtherNumbersBackAsTheirDigits() {
        assertThat(Formats.ukPhoneDigits("+44 (0)20 7946 0000")).isEqualTo("02079460000");
        assertThat(Formats.ukPhoneDigits("0161 496 0000")).isEqualTo("01614960000");
        assertThat(Formats.ukPhoneDigits("+1 555 123 4567")).isEqualTo("15551234567");
        assertThat(Formats.ukPhoneDigits("call me")).isEmpty();
        assertThat(Formats.ukPhoneDigits(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"M1 2AB", "m12ab", "SW1A 1AA", "EC1A 1BB", "B33 8TH"})
    void acceptsUkPostcodes(String postcode) {
        assertThat(Formats.isUkPostcode(postcode)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "M1", "ABC 123", "M1 2A"})
    void rejectsTextThatIsNotAPostcode(String postcode) {
        assertThat(Formats.isUkPostcode(postcode)).isFalse();
    }

    @Test
    void writesPostcodesTheStandardWay() {
        assertThat(Formats.normalisePostcode(" sw1a1aa ")).isEqualTo("SW1A 1AA");
    }

    @Test
    void knowsCharityAndCompanyNumbers() {
        assertThat(Formats.isCharityNumber("1234567")).isTrue();
        assertThat(Formats.isCharityNumber("SC012345")).isTrue();
        assertThat(Formats.isCharityNumber("charity")).isFalse();
        assertThat(Formats.isCompanyNumber("01234567")).isTrue();
        assertThat(Formats.isCompanyNumber("SC123456")).isTrue();
        assertThat(Formats.isCompanyNumber("1234")).isFalse();
    }
}
