package org.fourpi.toolkit.assessment;

/** One answer on the rating scale, with its short label ("Made a start") and what it means. */
public record ScaleEntry(Rating rating, String label, String description) {
}
