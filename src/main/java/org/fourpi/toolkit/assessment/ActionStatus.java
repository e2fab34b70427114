package org.fourpi.toolkit.assessment;

import org.fourpi.toolkit.common.text.Labelled;

/** Where an agreed action stands. Open and started actions carry into the next assessment. */
public enum ActionStatus implements Labelled {
    OPEN,
    STARTED,
    DONE,
    DROPPED;

    /** True while the action still needs doing. */
    public boolean isOpen() {
        return this == OPEN || this == STARTED;
    }

    @Override
    public String labelKey() {
        return "assessment.action.status." + name();
    }
}
