package org.fourpi.toolkit.bench;

/** The names of the measured steps, as the report shows them. */
final class Steps {

    static final String STARTUP = "Start-up to main window with data";
    static final String PEOPLE_FIRST_SHOW = "People list, first show";
    static final String PEOPLE_FILTER = "People list, filter per keystroke";
    static final String CLAIMS_SUBMITTED = "Claims list: submitted";
    static final String CLAIMS_PAID = "Claims list: paid";
    static final String TAX_YEAR_TOTALS = "Tax-year totals (this year's ledger)";
    static final String LEDGER_XLSX = "Excel export of every claim line";
    static final String LEDGER_XLSX_SMALL_HEAP = "The same export in a Java limited to a 512 MB heap";
    static final String IMPORT = "People import, 10,000 rows (read, check, save)";
    static final String MEETING_PACK = "Meeting pack, 20 people, 50 pages of papers";
    static final String ASSESSMENT_XLSX = "Assessment export to Excel";
    static final String COMPARED_OURS = "Our Excel export";
    static final String COMPARED_LIBREOFFICE = "LibreOffice from CSV";

    private Steps() {
    }
}
