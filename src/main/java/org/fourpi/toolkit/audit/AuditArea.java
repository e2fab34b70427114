package org.fourpi.toolkit.audit;

import org.fourpi.toolkit.common.text.Labelled;

/** The part of the program a change in the audit log belongs to. */
public enum AuditArea implements Labelled {
    PEOPLE,
    PAYMENTS,
    SETTINGS;

    @Override
    public String labelKey() {
        return "audit.area." + name();
    }
}
