package org.fourpi.toolkit.glossary;

/** Where a term was found, and how many times there. */
public record Place(String where, int times) {
}
