package org.fourpi.toolkit.settings;

import org.fourpi.toolkit.common.text.Labelled;
import org.fourpi.toolkit.common.validation.FieldRule;
import org.fourpi.toolkit.common.validation.Format;

/** The fields of the organisation profile, each with what it accepts. */
public enum ProfileField implements Labelled {
    NAME(FieldRule.required(200)),
    ADDRESS(FieldRule.optional(500)),
    POSTCODE(FieldRule.optional(10, Format.UK_POSTCODE)),
    CHARITY_NUMBER(FieldRule.optional(20, Format.CHARITY_NUMBER)),
    COMPANY_NUMBER(FieldRule.optional(20, Format.COMPANY_NUMBER)),
    CONTACT_NAME(FieldRule.optional(200)),
    CONTACT_PHONE(FieldRule.optional(30, Format.UK_PHONE)),
    CONTACT_EMAIL(FieldRule.optional(254, Format.EMAIL)),
    SUPPORT_NAME(FieldRule.optional(200)),
    SUPPORT_PHONE(FieldRule.optional(30, Format.UK_PHONE)),
    SUPPORT_EMAIL(FieldRule.optional(254, Format.EMAIL));

    private final FieldRule rule;

    ProfileField(FieldRule rule) {
        this.rule = rule;
    }

    public FieldRule rule() {
        return rule;
    }

    public int maxLength() {
        return rule.maxLength();
    }

    @Override
    public String labelKey() {
        return "profile.field." + name();
    }
}
