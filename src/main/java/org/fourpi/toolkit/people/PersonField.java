package org.fourpi.toolkit.people;

import org.fourpi.toolkit.common.text.Labelled;
import org.fourpi.toolkit.common.validation.FieldRule;
import org.fourpi.toolkit.common.validation.Format;

/** The typed fields of a person's record, each with what it accepts. */
public enum PersonField implements Labelled {
    FIRST_NAME(FieldRule.required(100)),
    LAST_NAME(FieldRule.optional(100)),
    KNOWN_AS(FieldRule.optional(100)),
    OTHER_ROLE(FieldRule.optional(200)),
    EMAIL(FieldRule.optional(254, Format.EMAIL)),
    PHONE(FieldRule.optional(30, Format.UK_PHONE)),
    ADDRESS(FieldRule.optional(500)),
    POSTCODE(FieldRule.optional(10, Format.UK_POSTCODE)),
    PREFERRED_TIMES(FieldRule.optional(200)),
    OTHER_NEEDS(FieldRule.optional(500)),
    DATE_OF_BIRTH(FieldRule.optional(10));

    private final FieldRule rule;

    PersonField(FieldRule rule) {
        this.rule = rule;
    }

    public FieldRule rule() {
        return rule;
    }

    @Override
    public String labelKey() {
        return "people.field." + name();
    }
}
