package org.fourpi.toolkit.people;

import org.fourpi.toolkit.common.text.Labelled;

/** An access or communication need, recorded once and shown wherever it matters. */
public enum AccessNeed implements Labelled {
    LARGE_PRINT,
    EASY_READ,
    BSL_INTERPRETER,
    OTHER_INTERPRETER,
    HEARING_LOOP,
    STEP_FREE,
    SUPPORT_WORKER;

    @Override
    public String labelKey() {
        return "people.need." + name();
    }
}
