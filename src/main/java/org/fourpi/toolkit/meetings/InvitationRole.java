package org.fourpi.toolkit.meetings;

import org.fourpi.toolkit.common.text.Labelled;

/** The part a person is invited to play. */
public enum InvitationRole implements Labelled {
    MEMBER,
    RESERVE,
    GUEST,
    STAFF;

    @Override
    public String labelKey() {
        return "meetings.role." + name();
    }
}
