package org.fourpi.toolkit.people;

import java.util.List;

/**
 * A spreadsheet as read for importing people: its column headings (from the first row), its other
 * rows, and the suggested mapping of columns to the parts of a record (the one last used for the
 * same headings, or else a guess from the headings).
 */
public record PeopleImportSheet(String fileName, List<String> headers, List<Row> rows,
                                PeopleImportMapping suggestedMapping, boolean mappingRemembered) {

    public PeopleImportSheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One row: its number as the spreadsheet shows it (the headings are row 1) and its cells' text. */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The text in the column at {@code index} (0 for column A); empty when there is none. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    /** The letter the spreadsheet shows above a column: A for 0, Z for 25, AA for 26. */
    public static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** The heading of the column at {@code index}; empty when it has none. */
    public String header(int index) {
        return index < headers.size() ? headers.get(index) : "";
    }
}
