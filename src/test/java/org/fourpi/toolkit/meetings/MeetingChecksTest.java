package org.fourpi.toolkit.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.people.AccessNeed;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.Perspective;
import org.junit.jupiter.api.Test;

/** Each check against the 4PI standards fires when its condition holds and clears when it is put right. */
class MeetingChecksTest {

    static final LocalDate DEC_10 = LocalDate.of(2026, 12, 10);
    static final LocalDate NOV_26 = LocalDate.of(2026, 11, 26);

    private static Meeting meeting(InvolvementLevel level, LocalTime start, Venue venue, String supportContact) {
        return new Meeting(1L, "Board", MeetingKind.BOARD, level, DEC_10, start, start.plusHours(2), venue, "",
                supportContact, null, "");
    }

    private static Invitation invited(String name, Perspective perspective, InvitationRole role, Set<AccessNeed> needs,
                                      boolean travelNeeded, boolean travelBooked, LocalDate packSent) {
        return new Invitation(name.hashCode(), name, perspective, needs, "", role, travelNeeded, travelBooked, "",
                travelBooked ? Money.of("10.00") : null, packSent, packSent == null ? null : PackSentBy.EMAIL, null);
    }

    private static final Venue HALL = new Venue("Hall", "1 High Street", "", true, true, true, false);

    private static List<MeetingCheck.Kind> kinds(MeetingPlan plan, LocalDate today, List<String> jargon) {
        return MeetingChecks.check(plan, today, LocalTime.of(10, 0), jargon, AccessNeed::name).stream()
                .map(MeetingCheck::kind).toList();
    }

    private static MeetingPlan goodPlan() {
        return new MeetingPlan(meeting(InvolvementLevel.D, LocalTime.of(10, 30), HALL, "Jo Patel"),
                List.of(invited("Samira", Perspective.SERVICE_USER, InvitationRole.MEMBER, Set.of(AccessNeed.STEP_FREE),
                                true, true, NOV_26),
                        invited("Tom", Perspective.CARER, InvitationRole.MEMBER, Set.of(), false, false, NOV_26),
                        invited("Rosa", Perspective.SERVICE_USER, InvitationRole.RESERVE, Set.of(), false, false, NOV_26),
                        invited("Ade", Perspective.STAFF, InvitationRole.STAFF, Set.of(), false, false, NOV_26)),
                List.of(new AgendaItem("Budget", AgendaAsk.DECIDE, "", 20, "", true,
                        List.of(new AgendaItem.Paper("x.pdf", "budget.pdf")))));
    }

    @Test
    void findsNothingToSayAboutAWellPlannedMeeting() {
        assertThat(kinds(goodPlan(), LocalDate.of(2026, 12, 5), List.of())).isEmpty();
    }

    @Test
    void firesEachCheckWhenItsConditionHolds() {
        MeetingPlan good = goodPlan();
        Venue noAccess = new Venue("Upstairs room", "2 Mill Lane", "", false, false, false, false);
        List<Invitation> invitations = new ArrayList<>();
        invitations.add(invited("Samira", Perspective.SERVICE_USER, InvitationRole.MEMBER, Set.of(AccessNeed.STEP_FREE),
                true, false, null));
        invitations.add(invited("Ade", Perspective.STAFF, InvitationRole.MEMBER, Set.of(), false, false, null));
        MeetingPlan poor = new MeetingPlan(meeting(InvolvementLevel.D, LocalTime.of(9, 30), noAccess, ""), invitations,
                List.of(new AgendaItem("Budget", AgendaAsk.DECIDE, "", 20, "", true, List.of())));

        List<MeetingCheck> checks = MeetingChecks.check(poor, LocalDate.of(2026, 12, 5), LocalTime.of(10, 0),
                List.of("ICB"), AccessNeed::name);

        assertThat(checks).extracting(MeetingCheck::kind).containsExactly(
                MeetingCheck.Kind.FEW_SERVICE_USERS_OR_CARERS, MeetingCheck.Kind.NO_RESERVE,
                MeetingCheck.Kind.EARLY_START, MeetingCheck.Kind.PAPERS_MISSING, MeetingCheck.Kind.PACKS_NOT_SENT,
                MeetingCheck.Kind.UNEXPLAINED_JARGON, MeetingCheck.Kind.ACCESS_NOT_LISTED,
                MeetingCheck.Kind.TRAVEL_NOT_BOOKED, MeetingCheck.Kind.NO_SUPPORT_CONTACT);
        assertThat(checks).extracting(c -> c.kind().standard()).startsWith(MeetingCheck.Standard.PRESENCE,
                MeetingCheck.Standard.PRESENCE, MeetingCheck.Standard.PROCESS);
        assertThat(checks.get(0).details()).containsExactly("1");
        assertThat(checks.get(3).details()).containsExactly("Budget");
        assertThat(checks.get(4).details()).containsExactly("Samira", "Ade");
        assertThat(checks.get(6).details()).containsExactly("Samira (STEP_FREE)");
        assertThat(good.meeting().papersDue()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void asksForAReserveOnlyAtStrategicMeetings() {
        MeetingPlan good = goodPlan();
        List<Invitation> noReserve = good.invitations().stream().filter(i -> i.role() != InvitationRole.RESERVE).toList();
        MeetingPlan strategic = new MeetingPlan(good.meeting(), noReserve, good.agenda());
        MeetingPlan operational = new MeetingPlan(meeting(InvolvementLevel.C, LocalTime.of(10, 30), HALL, "Jo"),
                noReserve, good.agenda());

        assertThat(kinds(strategic, NOV_26, List.of())).containsExactly(MeetingCheck.Kind.NO_RESERVE);
        assertThat(kinds(operational, NOV_26, List.of())).isEmpty();
    }

    @Test
    void asksForPacksOnlyFromTheSendOutDateToTheMeeting() {
        MeetingPlan good = goodPlan();
        List<Invitation> unsent = good.invitations().stream().map(i -> new Invitation(i.personId(), i.personName(),
                i.perspective(), i.needs(), i.otherNeeds(), i.role(), i.travelNeeded(), i.travelBooked(),
                i.travelDescription(), i.travelCost(), null, null, null)).toList();
        MeetingPlan plan = new MeetingPlan(good.meeting(), unsent, good.agenda());

        assertThat(kinds(plan, LocalDate.of(2026, 12, 2), List.of())).isEmpty();
        assertThat(kinds(plan, LocalDate.of(2026, 12, 3), List.of())).containsExactly(MeetingCheck.Kind.PACKS_NOT_SENT);
        assertThat(kinds(plan, LocalDate.of(2026, 12, 11), List.of())).isEmpty();
    }

    @Test
    void takesAnOnlineMeetingAsStepFreeAndNeedsNoLoop() {
        Venue online = new Venue("", "", "https://meet.example/abc", false, false, false, false);
        assertThat(online.unmet(Set.of(AccessNeed.STEP_FREE, AccessNeed.HEARING_LOOP, AccessNeed.BSL_INTERPRETER))).isEmpty();
        Venue upstairs = new Venue("Upstairs room", "", "", false, false, false, false);
        assertThat(upstairs.unmet(Set.of(AccessNeed.STEP_FREE, AccessNeed.LARGE_PRINT))).containsExactly(AccessNeed.STEP_FREE);
    }
}
