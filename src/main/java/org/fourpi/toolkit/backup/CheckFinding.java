package org.fourpi.toolkit.backup;

/** One line of the integrity check's report: what was looked at, whether it is well, in plain words. */
public record CheckFinding(boolean well, String text) {
}
