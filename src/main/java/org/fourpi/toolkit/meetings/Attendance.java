package org.fourpi.toolkit.meetings;

import org.fourpi.toolkit.common.text.Labelled;

/** Whether an invited person came. */
public enum Attendance implements Labelled {
    ATTENDED,
    APOLOGIES,
    DID_NOT_ATTEND;

    @Override
    public String labelKey() {
        return "meetings.attendance." + name();
    }
}
