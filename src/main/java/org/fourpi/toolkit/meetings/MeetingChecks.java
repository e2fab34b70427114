package org.fourpi.toolkit.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fourpi.toolkit.people.AccessNeed;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.settings.PreferencesService;

/**
 * Reads a meeting plan against what the 4PI standards ask: at least two service users or carers, a
 * reserve at strategic meetings, no early start, papers ready and sent by the send-out date, jargon
 * explained, access needs met by the venue, travel booked, and a named support contact.
 */
public final class MeetingChecks {

    /** Fewer than this many service users or carers leaves one person "representing" everyone. */
    public static final int MIN_SERVICE_USERS_OR_CARERS = 2;
    /** Early starts are hard on people taking some medicines; organisations may change this in Settings. */
    public static final LocalTime DEFAULT_EARLIEST_START = PreferencesService.DEFAULT_MEETING_EARLIEST_START;
    /** The preference that keeps the organisation's own earliest start, as "10:00" (a preference key, not a text). */
    public static final String EARLIEST_START_KEY = PreferencesService.MEETING_EARLIEST_START;

    private MeetingChecks() {
    }

    /**
     * @param unexplainedTerms terms in the agenda, summaries and papers that the glossary does not explain
     * @param accessNeedName   the name of an access need, to list in a warning
     */
    public static List<MeetingCheck> check(MeetingPlan plan, LocalDate today, LocalTime earliestStart,
                                           List<String> unexplainedTerms,
                                           Function<AccessNeed, String> accessNeedName) {
        Meeting meeting = plan.meeting();
        List<MeetingCheck> checks = new ArrayList<>();
        List<Invitation> taking = plan.invitations().stream().filter(i -> i.role() != InvitationRole.STAFF).toList();
        long livedExperience = taking.stream().filter(Invitation::hasLivedExperience).count();
        if (livedExperience < MIN_SERVICE_USERS_OR_CARERS) {
            checks.add(new MeetingCheck(MeetingCheck.Kind.FEW_SERVICE_USERS_OR_CARERS, List.of(String.valueOf(livedExperience))));
        }
        if (meeting.level() == InvolvementLevel.D
                && plan.invitations().stream().noneMatch(i -> i.role() == InvitationRole.RESERVE)) {
            checks.add(new MeetingCheck(MeetingCheck.Kind.NO_RESERVE, List.of()));
        }
        if (meeting.startsAt().isBefore(earliestStart)) {
            checks.add(new MeetingCheck(MeetingCheck.Kind.EARLY_START, List.of(earliestStart.toString())));
        }
        List<String> missing = plan.agenda().stream().filter(AgendaItem::missingPaper).map(AgendaItem::title).toList();
        if (!missing.isEmpty()) {
            checks.add(new MeetingCheck(MeetingCheck.Kind.PAPERS_MISSING, missing));
        }
        if (!today.isBefore(meeting.papersDue()) && !today.isAfter(meeting.date())) {
            List<String> notSent = plan.invitations().stream().filter(i -> i.packSentOn() == null)
                    .map(Invitation::personName).toList();
            if (!notSent.isEmpty()) {
                checks.add(new MeetingCheck(MeetingCheck.Kind.PACKS_NOT_SENT, notSent));
            }
        }
        if (!unexplainedTerms.isEmpty()) {
            checks.add(new MeetingCheck(MeetingCheck.Kind.UNEXPLAINED_JARGON, unexplainedTerms));
        }
        List<String> unmet = new ArrayList<>();
        for (Invitation invitation : plan.invitations()) {
            Set<AccessNeed> needs = meeting.venue().unmet(invitation.needs());
            if (!needs.isEmpty()) {
                unmet.add(invitation.personName() + " ("
                        + needs.stream().map(accessNeedName).collect(Collectors.joining(", ")) + ")");
            }
        }
        if (!unmet.isEmpty()) {
            checks.add(new MeetingCheck(MeetingCheck.Kind.ACCESS_NOT_LISTED, unmet));
        }
        List<String> travel = plan.invitations().stream().filter(i -> i.travelNeeded() && !i.travelBooked())
                .map(Invitation::personName).toList();
        if (!travel.isEmpty()) {
            checks.add(new MeetingCheck(MeetingCheck.Kind.TRAVEL_NOT_BOOKED, travel));
        }
        if (meeting.supportContact().isEmpty()) {
            checks.add(new MeetingCheck(MeetingCheck.Kind.NO_SUPPORT_CONTACT, List.of()));
        }
        return checks;
    }
}
