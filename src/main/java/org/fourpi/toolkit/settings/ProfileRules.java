package org.fourpi.toolkit.settings;

import java.util.EnumMap;
import java.util.Map;

import org.fourpi.toolkit.common.validation.Problem;

/** The rules an organisation profile must meet before it is saved. */
public final class ProfileRules {

    private ProfileRules() {
    }

    /** Every field's problem, in form order; empty when the profile can be saved. */
    public static Map<ProfileField, Problem> check(OrganisationProfile profile) {
        Map<ProfileField, Problem> problems = new EnumMap<>(ProfileField.class);
        profile.values().forEach((field, value) -> field.rule().check(value).ifPresent(p -> problems.put(field, p)));
        return problems;
    }
}
