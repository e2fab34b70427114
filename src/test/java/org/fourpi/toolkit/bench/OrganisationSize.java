package org.fourpi.toolkit.bench;

import java.util.Locale;

/** The sizes of synthetic organisation the benchmark measures, from the three. */
public enum OrganisationSize {
    SMALL(100, 2_000, 20),
    BUSY(2_000, 50_000, 1_000),
    LARGE(20_000, 500_000, 2_000);

    private final int people;
    private final int claimLines;
    private final int meetings;

    OrganisationSize(int people, int claimLines, int meetings) {
        this.people = people;
        this.claimLines = claimLines;
        this.meetings = meetings;
    }

    public int people() {
        return people;
    }

    public int claimLines() {
        return claimLines;
    }

    /** Ordinary meetings with invitations, besides the one meeting whose pack is measured. */
    public int meetings() {
        return meetings;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrganisationSize of(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
