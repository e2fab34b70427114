package org.fourpi.toolkit.common.spreadsheet;

/**
 * Keeps text written to a spreadsheet or CSV file from being read as a formula (formula injection):
 * text that starts with =, +, -, @, a tab or a carriage return (OWASP's list) could run as a formula
 * when the file is opened.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet could take the text for a formula. */
    public static boolean looksLikeFormula(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /**
     * The text for a CSV file: with a single quote in front when it looks like a formula. In a CSV file
     * no style can mark a cell as text, so the quote has to become part of the value.
     */
    public static String forCsv(String text) {
        if (text == null) {
            return "";
        }
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
