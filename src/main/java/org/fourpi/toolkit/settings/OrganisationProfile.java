package org.fourpi.toolkit.settings;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who the organisation is: shown on Home and, later, on meeting packs and exports. Text fields are
 * never null (empty when not given); the logo may be null.
 */
public record OrganisationProfile(
        String name,
        String address,
        String postcode,
        String charityNumber,
        String companyNumber,
        String contactName,
        String contactPhone,
        String contactEmail,
        String supportName,
        String supportPhone,
        String supportEmail,
        Logo logo) {

    public OrganisationProfile {
        name = clean(name);
        address = address == null ? "" : address.strip();
        postcode = clean(postcode);
        charityNumber = clean(charityNumber);
        companyNumber = clean(companyNumber);
        contactName = clean(contactName);
        contactPhone = clean(contactPhone);
        contactEmail = clean(contactEmail);
        supportName = clean(supportName);
        supportPhone = clean(supportPhone);
        supportEmail = clean(supportEmail);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    /** Builds a profile from field values, as a form holds them. */
    public static OrganisationProfile of(Map<ProfileField, String> values, Logo logo) {
        return new OrganisationProfile(values.get(ProfileField.NAME), values.get(ProfileField.ADDRESS),
                values.get(ProfileField.POSTCODE), values.get(ProfileField.CHARITY_NUMBER),
                values.get(ProfileField.COMPANY_NUMBER), values.get(ProfileField.CONTACT_NAME),
                values.get(ProfileField.CONTACT_PHONE), values.get(ProfileField.CONTACT_EMAIL),
                values.get(ProfileField.SUPPORT_NAME), values.get(ProfileField.SUPPORT_PHONE),
                values.get(ProfileField.SUPPORT_EMAIL), logo);
    }

    public OrganisationProfile withPostcode(String newPostcode) {
        return new OrganisationProfile(name, address, newPostcode, charityNumber, companyNumber, contactName,
                contactPhone, contactEmail, supportName, supportPhone, supportEmail, logo);
    }

    /** The field values, in form order. */
    public Map<ProfileField, String> values() {
        Map<ProfileField, String> values = new EnumMap<>(ProfileField.class);
        values.put(ProfileField.NAME, name);
        values.put(ProfileField.ADDRESS, address);
        values.put(ProfileField.POSTCODE, postcode);
        values.put(ProfileField.CHARITY_NUMBER, charityNumber);
        values.put(ProfileField.COMPANY_NUMBER, companyNumber);
        values.put(ProfileField.CONTACT_NAME, contactName);
        values.put(ProfileField.CONTACT_PHONE, contactPhone);
        values.put(ProfileField.CONTACT_EMAIL, contactEmail);
        values.put(ProfileField.SUPPORT_NAME, supportName);
        values.put(ProfileField.SUPPORT_PHONE, supportPhone);
        values.put(ProfileField.SUPPORT_EMAIL, supportEmail);
        return values;
    }

    public String value(ProfileField field) {
        return Objects.requireNonNull(values().get(field));
    }
}
