package org.fourpi.toolkit.people;

import java.util.List;
import java.util.Set;

import org.fourpi.toolkit.common.text.Labelled;

/**
 * What importing a sheet with a given mapping would do, row by row, before anything is saved:
 * which rows add a person, which update one already in the register, which repeat a person and
 * are skipped, and which have problems to put right first.
 */
public record PeopleImportPreview(PeopleImportSheet sheet, PeopleImportMapping mapping, List<Row> rows,
                                  List<String> mappingProblems) {

    public PeopleImportPreview {
        rows = List.copyOf(rows);
        mappingProblems = List.copyOf(mappingProblems);
    }

    /** What would happen to one row. */
    public enum Outcome implements Labelled {
        /** A person not yet in the register: they would be added. */
        NEW,
        /** A person already in the register (same first and last name, and the same email or phone): their record would change. */
        UPDATE,
        /** The same person as an earlier row, or already in the register with the same details: skipped. */
        DUPLICATE,
        /** A cell that cannot be used as it is: the row is not imported. */
        ERROR;

        @Override
        public String labelKey() {
            return "import.outcome." + name();
        }
    }

    /**
     * One problem, as a plain sentence naming the row, the column (letter and heading) and what is
     * wrong. {@code columnIndex} is -1 when the problem is not about one column.
     */
    public record Problem(int rowNumber, int columnIndex, String message) {
    }

    /**
     * One row of the sheet and what would happen to it. {@code person} is the record as it would be
     * saved (for a duplicate: as it already is), null for a row in error; {@code existingId} is the
     * person it matched in the register, if any; {@code changes} lists what an update would change;
     * {@code note} says in a sentence why a row is an update or a duplicate.
     */
    public record Row(int number, Outcome outcome, Person person, Long existingId, Set<PeopleImportColumn> changes,
                      List<Problem> problems, String note) {

        public Row {
            changes = Set.copyOf(changes);
            problems = List.copyOf(problems);
            note = note == null ? "" : note;
        }
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** True when some row, or the mapping itself, has a problem. */
    public boolean hasErrors() {
        return !mappingProblems.isEmpty() || rows.stream().anyMatch(r -> r.outcome() == Outcome.ERROR);
    }

    /** Every problem in every row, in row order. */
    public List<Problem> problems() {
        return rows.stream().flatMap(r -> r.problems().stream()).toList();
    }
}
