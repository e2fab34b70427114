package org.fourpi.toolkit.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One meeting's invitations counted by the database, for figures about many meetings at once: counts
 * only, never who.
 *
 * @param attendanceRecorded      invitations with attendance recorded, whatever it was
 * @param livedExperienceInvited  service users, carers and people who are both, invited
 * @param livedExperienceAttended those of them recorded as having come
 * @param packsSent               invitations whose pack is recorded as sent
 * @param packsSentAhead          packs sent at least the number of days asked for before the meeting
 * @param travelNeeded            invitations needing travel
 * @param travelBooked            those whose travel was booked
 */
public record MeetingCounts(long meetingId, LocalDate date, LocalTime startsAt, int invited, int attendanceRecorded,
                            int livedExperienceInvited, int livedExperienceAttended, int packsSent,
                            int packsSentAhead, int travelNeeded, int travelBooked) {

    /** True when attendance is recorded for anyone invited, so the meeting has been held and noted. */
    public boolean attendanceKnown() {
        return attendanceRecorded > 0;
    }
}
