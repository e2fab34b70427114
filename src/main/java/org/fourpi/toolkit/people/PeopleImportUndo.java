package org.fourpi.toolkit.people;

/**
 * What undoing an import did, or would do: the import, how many of the people it added are removed,
 * how many values it changed for people already in the register are put back, and how many of
 * those are left as they are because someone changed them after the import.
 */
public record PeopleImportUndo(ImportBatch batch, int peopleRemoved, int valuesPutBack, int valuesChangedSince) {
}
