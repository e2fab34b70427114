package org.fourpi.toolkit.meetings;

import java.util.EnumSet;
import java.util.Set;

import org.fourpi.toolkit.people.AccessNeed;

/**
 * Where a meeting happens: a place with its address and access, an online link, or both.
 *
 * @param onlineLink a link people use to join, or empty
 */
public record Venue(String name, String address, String onlineLink, boolean stepFree, boolean hearingLoop,
                    boolean accessibleToilet, boolean quietRoom) {

    public static final Venue NONE = new Venue("", "", "", false, false, false, false);

    public Venue {
        name = name == null ? "" : name.strip();
        address = address == null ? "" : address.strip();
        onlineLink = onlineLink == null ? "" : onlineLink.strip();
    }

    public boolean isOnlineOnly() {
        return name.isEmpty() && address.isEmpty() && !onlineLink.isEmpty();
    }

    /**
     * The access needs a person may have that this venue does not say it meets. An online meeting meets
     * step-free access; interpreters, large print, easy read and support workers are arranged per person,
     * so they are never the venue's to meet.
     */
    public Set<AccessNeed> unmet(Set<AccessNeed> needs) {
        Set<AccessNeed> unmet = EnumSet.noneOf(AccessNeed.class);
        if (needs.contains(AccessNeed.STEP_FREE) && !stepFree && !isOnlineOnly()) {
            unmet.add(AccessNeed.STEP_FREE);
        }
        if (needs.contains(AccessNeed.HEARING_LOOP) && !hearingLoop && !isOnlineOnly()) {
            unmet.add(AccessNeed.HEARING_LOOP);
        }
        return unmet;
    }
}
