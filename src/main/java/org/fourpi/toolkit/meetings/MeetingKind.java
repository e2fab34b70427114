package org.fourpi.toolkit.meetings;

import org.fourpi.toolkit.common.text.Labelled;

/** What sort of meeting it is. */
public enum MeetingKind implements Labelled {
    STEERING_GROUP,
    BOARD,
    FOCUS_GROUP,
    TRAINING,
    CONSULTATION,
    OTHER;

    @Override
    public String labelKey() {
        return "meetings.kind." + name();
    }
}
