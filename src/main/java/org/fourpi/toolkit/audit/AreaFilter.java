package org.fourpi.toolkit.audit;

import org.fourpi.toolkit.common.text.Labelled;

/** The choice of area in the audit log's filter: every area, or one. */
public enum AreaFilter implements Labelled {
    ALL(null),
    PEOPLE(AuditArea.PEOPLE),
    PAYMENTS(AuditArea.PAYMENTS),
    SETTINGS(AuditArea.SETTINGS);

    private final AuditArea area;

    AreaFilter(AuditArea area) {
        this.area = area;
    }

    /** The area, or null for every area. */
    public AuditArea area() {
        return area;
    }

    @Override
    public String labelKey() {
        return "audit.areaFilter." + name();
    }
}
