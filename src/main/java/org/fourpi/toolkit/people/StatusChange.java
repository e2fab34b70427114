package org.fourpi.toolkit.people;

import java.time.LocalDate;

/** A dated change in whether a person takes part. */
public record StatusChange(long id, InvolvementStatus status, LocalDate effectiveOn, String note) {
}
