package org.fourpi.toolkit.people;

import org.fourpi.toolkit.common.text.Labelled;

/** A role a person can take in involvement (after the roles the 4PI standards name). */
public enum Role implements Labelled {
    AMBASSADOR,
    CRITICAL_FRIEND,
    CO_WORKER,
    CONSULTANT,
    EXPERT_BY_EXPERIENCE,
    TRUSTEE,
    PEER_SUPPORTER,
    OTHER;

    @Override
    public String labelKey() {
        return "people.role." + name();
    }
}
