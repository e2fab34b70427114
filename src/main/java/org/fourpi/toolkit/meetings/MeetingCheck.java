package org.fourpi.toolkit.meetings;

import java.util.List;

/**
 * Something the 4PI standards ask that is not yet in place for a meeting, said as a friendly warning
 * that names the standard behind it.
 *
 * @param details what the warning is about, to fill its sentence: names, a count, a date or a time
 */
public record MeetingCheck(Kind kind, List<String> details) {

    public MeetingCheck {
        details = List.copyOf(details);
    }

    /** The 4PI standard a check comes from. */
    public enum Standard {
        PRESENCE,
        PROCESS;

        public String labelKey() {
            return "meetings.standard." + name();
        }
    }

    /** Each check, with its message key {@code meetings.check.<NAME>} and its standard. */
    public enum Kind {
        FEW_SERVICE_USERS_OR_CARERS(Standard.PRESENCE),
        NO_RESERVE(Standard.PRESENCE),
        EARLY_START(Standard.PROCESS),
        PAPERS_MISSING(Standard.PROCESS),
        PACKS_NOT_SENT(Standard.PROCESS),
        UNEXPLAINED_JARGON(Standard.PROCESS),
        ACCESS_NOT_LISTED(Standard.PROCESS),
        TRAVEL_NOT_BOOKED(Standard.PROCESS),
        NO_SUPPORT_CONTACT(Standard.PROCESS);

        private final Standard standard;

        Kind(Standard standard) {
            this.standard = standard;
        }

        public Standard standard() {
            return standard;
        }

        public String messageKey() {
            return "meetings.check." + name();
        }
    }
}
