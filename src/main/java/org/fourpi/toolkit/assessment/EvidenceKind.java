package org.fourpi.toolkit.assessment;

/**
 * A figure the program can work out from its own records and show beside an indicator as
 * "what your records show". The framework file names one on an indicator with evidence="...".
 */
public enum EvidenceKind {
    /** Active service users and carers, by perspective. */
    ACTIVE_BY_PERSPECTIVE,
    /** Active service users and carers at each involvement level (A to E). */
    ACTIVE_BY_LEVEL,
    /** How many active people have answered the equality questions (counts only, never who). */
    EQUALITY_COVERAGE,
    /** Meetings in the last 12 months with fewer than two service users or carers. */
    MEETINGS_FEW_VOICES,
    /** Active people whose role description is on file. */
    ROLE_DESCRIPTIONS,
    /** Meetings in the last 12 months that started before the organisation's earliest start. */
    EARLY_MEETINGS,
    /** Terms in the organisation's glossary. */
    GLOSSARY,
    /** The share of meeting packs sent out 7 or more days before the meeting. */
    PACKS_AHEAD,
    /** Whether a payment policy and rates are recorded, and a budget for this year. */
    PAYMENT_POLICY,
    /** Median days from activity to payment, and the share paid within the target. */
    TIME_TO_PAY,
    /** Travel booked ahead for meetings in the last 12 months. */
    TRAVEL_BOOKED
}
