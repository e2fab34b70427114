package org.fourpi.toolkit.assessment;

import java.util.EnumSet;
import java.util.Set;

import org.fourpi.toolkit.common.text.Labelled;
import org.fourpi.toolkit.people.Perspective;

/**
 * The three viewpoints whose ratings are compared side by side: service users, carers, and staff
 * (with volunteers). Someone who is both a service user and a carer counts in both.
 */
public enum Viewpoint implements Labelled {
    SERVICE_USERS,
    CARERS,
    STAFF;

    /** The viewpoints a participant's perspective counts towards; none for "other". */
    public static Set<Viewpoint> of(Perspective perspective) {
        return switch (perspective) {
            case SERVICE_USER -> EnumSet.of(SERVICE_USERS);
            case CARER -> EnumSet.of(CARERS);
            case BOTH -> EnumSet.of(SERVICE_USERS, CARERS);
            case STAFF, VOLUNTEER -> EnumSet.of(STAFF);
            case OTHER -> EnumSet.noneOf(Viewpoint.class);
        };
    }

    @Override
    public String labelKey() {
        return "assessment.viewpoint." + name();
    }
}
