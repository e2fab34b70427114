package org.fourpi.toolkit.meetings;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import org.fourpi.toolkit.people.InvolvementLevel;

/**
 * A meeting's details as planned.
 *
 * @param id        null until saved
 * @param level     where involvement happens (A individual care to E monitoring), or null
 * @param papersDue the date the papers must go out; by default a week before
 * @param notes     decisions and actions, carried into the next pack as previous actions
 */
public record Meeting(
        Long id,
        String title,
        MeetingKind kind,
        InvolvementLevel level,
        LocalDate date,
        LocalTime startsAt,
        LocalTime endsAt,
        Venue venue,
        String purpose,
        String supportContact,
        LocalDate papersDue,
        String notes) {

    /** Papers go out a week before, as good practice asks. */
    public static final int DEFAULT_DAYS_BEFORE = 7;

    public Meeting {
        title = title == null ? "" : title.strip();
        purpose = purpose == null ? "" : purpose.strip();
        supportContact = supportContact == null ? "" : supportContact.strip();
        notes = notes == null ? "" : notes.strip();
        venue = venue == null ? Venue.NONE : venue;
        if (papersDue == null && date != null) {
            papersDue = date.minusDays(DEFAULT_DAYS_BEFORE);
        }
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    public Meeting withId(long newId) {
        return new Meeting(newId, title, kind, level, date, startsAt, endsAt, venue, purpose, supportContact,
                papersDue, notes);
    }
}
