package org.fourpi.toolkit.glossary;

/**
 * A named piece of text to check, such as an agenda item's title or one page of a paper.
 *
 * @param where how a reader finds it, for example "Agenda item 2: title" or "Paper: budget.pdf page 4"
 * @param text  the words
 */
public record TextPiece(String where, String text) {

    public TextPiece {
        where = where == null ? "" : where;
        text = text == null ? "" : text;
    }
}
