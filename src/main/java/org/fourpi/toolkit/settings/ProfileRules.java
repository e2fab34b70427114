package org.fourpi.toolkit.settings;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.fourpi.toolkit.common.validation.Formats;

/** The rules an organisation profile must meet before it is saved. */
public final class ProfileRules {

    private ProfileRules() {
    }

    /** The problem with one field's value, if any. Empty optional fields are fine. */
    public static Optional<ProfileProblem> check(ProfileField field, String rawValue) {
        String value = rawValue == null ? "" : rawValue.strip();
        if (value.isEmpty()) {
            return field == ProfileField.NAME ? Optional.of(ProfileProblem.REQUIRED) : Optional.empty();
        }
        if (value.length() > field.maxLength()) {
            return Optional.of(ProfileProblem.TOO_LONG);
        }
        return switch (field) {
            case CONTACT_EMAIL, SUPPORT_EMAIL ->
                    Formats.isEmail(value) ? Optional.empty() : Optional.of(ProfileProblem.NOT_AN_EMAIL);
            case CONTACT_PHONE, SUPPORT_PHONE ->
                    Formats.isUkPhone(value) ? Optional.empty() : Optional.of(ProfileProblem.NOT_A_UK_PHONE);
            case POSTCODE ->
                    Formats.isUkPostcode(value) ? Optional.empty() : Optional.of(ProfileProblem.NOT_A_POSTCODE);
            case CHARITY_NUMBER -> Formats.isCharityNumber(value)
                    ? Optional.empty() : Optional.of(ProfileProblem.NOT_A_CHARITY_NUMBER);
            case COMPANY_NUMBER -> Formats.isCompanyNumber(value)
                    ? Optional.empty() : Optional.of(ProfileProblem.NOT_A_COMPANY_NUMBER);
            default -> Optional.empty();
        };
    }

    /** Every field's problem, in form order; empty when the profile can be saved. */
    public static Map<ProfileField, ProfileProblem> check(OrganisationProfile profile) {
        Map<ProfileField, ProfileProblem> problems = new EnumMap<>(ProfileField.class);
        profile.values().forEach((field, value) -> check(field, value).ifPresent(p -> problems.put(field, p)));
        return problems;
    }
}
