package org.fourpi.toolkit.payments;

import java.util.stream.Stream;

/**
 * Who a payment form is from: the organisation's name and the person to contact for support, as plain
 * text (empty when not given), so payments need not know the organisation profile.
 */
public record OrganisationContact(String name, String supportName, String supportPhone, String supportEmail) {

    public static final OrganisationContact NONE = new OrganisationContact("", "", "", "");

    public OrganisationContact {
        name = clean(name);
        supportName = clean(supportName);
        supportPhone = clean(supportPhone);
        supportEmail = clean(supportEmail);
    }

    /** The support contact's name, phone and email that were given, joined by commas; empty when none. */
    public String supportContact() {
        return String.join(", ", Stream.of(supportName, supportPhone, supportEmail).filter(s -> !s.isEmpty()).toList());
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
