package org.fourpi.toolkit.meetings;

/** Why a meeting, or a change to one, cannot be saved; each has a message key {@code meetings.problem.<NAME>}. */
public enum MeetingProblem {
    TITLE_MISSING,
    TITLE_TOO_LONG,
    KIND_MISSING,
    DATE_MISSING,
    TIMES_MISSING,
    ENDS_BEFORE_START,
    PAPERS_DUE_AFTER_MEETING,
    TEXT_TOO_LONG,
    AGENDA_TITLE_MISSING,
    AGENDA_ASK_MISSING,
    AGENDA_MINUTES_OUT_OF_RANGE,
    PAPER_NOT_PDF,
    PAPER_TOO_LARGE,
    PAPER_UNREADABLE,
    /** A PDF locked with a password: it could not go into a pack. */
    PAPER_LOCKED,
    NOT_INVITED,
    TRAVEL_COST_OUT_OF_RANGE,
    SENT_DATE_INVALID,
    NO_SUCH_MEETING;

    public String messageKey() {
        return "meetings.problem." + name();
    }
}
