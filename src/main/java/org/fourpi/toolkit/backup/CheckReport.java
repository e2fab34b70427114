package org.fourpi.toolkit.backup;

import java.util.List;

/** What the integrity check found, a line for each thing it looked at. */
public record CheckReport(List<CheckFinding> findings) {

    public CheckReport {
        findings = List.copyOf(findings);
    }

    /** True when nothing is wrong. */
    public boolean allWell() {
        return findings.stream().allMatch(CheckFinding::well);
    }
}
