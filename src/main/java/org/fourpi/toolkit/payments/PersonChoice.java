package org.fourpi.toolkit.payments;

/** A person to choose for a statement, by the name lists show. */
public record PersonChoice(long id, String name) {
}
