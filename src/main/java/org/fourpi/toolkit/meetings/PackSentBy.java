package org.fourpi.toolkit.meetings;

import org.fourpi.toolkit.common.text.Labelled;

/** How a meeting pack reached a person. */
public enum PackSentBy implements Labelled {
    EMAIL,
    POST,
    BY_HAND;

    @Override
    public String labelKey() {
        return "meetings.sentBy." + name();
    }
}
