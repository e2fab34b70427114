package org.fourpi.toolkit.meetings;

import org.fourpi.toolkit.common.text.Labelled;

/** What an agenda item asks of members: to note it, to discuss it, or to decide. */
public enum AgendaAsk implements Labelled {
    NOTE,
    DISCUSS,
    DECIDE;

    @Override
    public String labelKey() {
        return "meetings.ask." + name();
    }
}
