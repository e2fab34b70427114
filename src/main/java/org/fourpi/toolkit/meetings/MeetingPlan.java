package org.fourpi.toolkit.meetings;

import java.util.List;

/** A meeting with everyone invited and its agenda, as the organiser plans it. */
public record MeetingPlan(Meeting meeting, List<Invitation> invitations, List<AgendaItem> agenda) {

    public MeetingPlan {
        invitations = List.copyOf(invitations);
        agenda = List.copyOf(agenda);
    }
}
