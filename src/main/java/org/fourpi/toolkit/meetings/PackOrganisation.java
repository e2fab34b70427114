package org.fourpi.toolkit.meetings;

import java.util.Arrays;

/**
 * Who a meeting pack is from, as plain values so meetings need not know the organisation profile.
 *
 * @param logo           the logo image (PNG, JPEG or GIF), or empty when there is none
 * @param supportContact the organisation's support contact, used when the meeting names none
 */
public record PackOrganisation(String name, byte[] logo, String supportContact) {

    public static final PackOrganisation NONE = new PackOrganisation("", new byte[0], "");

    public PackOrganisation {
        name = name == null ? "" : name.strip();
        logo = logo == null ? new byte[0] : logo.clone();
        supportContact = supportContact == null ? "" : supportContact.strip();
    }

    @Override
    public byte[] logo() {
        return logo.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PackOrganisation o && name.equals(o.name) && Arrays.equals(logo, o.logo)
                && supportContact.equals(o.supportContact);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(logo)) + supportContact.hashCode();
    }

    @Override
    public String toString() {
        return "PackOrganisation[" + name + ", logo " + logo.length + " bytes, " + supportContact + "]";
    }
}
