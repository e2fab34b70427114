package org.fourpi.toolkit.meetings;

import java.time.LocalDate;
import java.util.Set;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.people.AccessNeed;
import org.fourpi.toolkit.people.Perspective;

/**
 * A person invited to a meeting, with what the organiser needs to know about them in one place.
 *
 * @param otherNeeds       access needs in the person's own words, or empty
 * @param travelCost       what the organisation paid for travel it booked, or null
 * @param packSentOn       when their pack went out, or null
 * @param attendance       whether they came, or null before the meeting
 */
public record Invitation(
        long personId,
        String personName,
        Perspective perspective,
        Set<AccessNeed> needs,
        String otherNeeds,
        InvitationRole role,
        boolean travelNeeded,
        boolean travelBooked,
        String travelDescription,
        Money travelCost,
        LocalDate packSentOn,
        PackSentBy packSentBy,
        Attendance attendance) {

    public Invitation {
        needs = Set.copyOf(needs);
        otherNeeds = otherNeeds == null ? "" : otherNeeds;
        travelDescription = travelDescription == null ? "" : travelDescription;
    }

    /** Service users and carers, whose presence the standards count. */
    public boolean hasLivedExperience() {
        return perspective == Perspective.SERVICE_USER || perspective == Perspective.CARER
                || perspective == Perspective.BOTH;
    }

    public boolean hasAccessNeeds() {
        return !needs.isEmpty() || !otherNeeds.isBlank();
    }
}
