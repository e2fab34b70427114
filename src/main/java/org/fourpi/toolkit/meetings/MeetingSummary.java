package org.fourpi.toolkit.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting as lists show it. */
public record MeetingSummary(long id, LocalDate date, LocalTime startsAt, String title, MeetingKind kind,
                             int invited) {
}
