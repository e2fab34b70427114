package org.fourpi.toolkit.payments;

/**
 * A person who can be chosen on a claim or for a statement, known here only by id and name so that
 * payments does not depend on people.
 */
public record PersonChoice(long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
