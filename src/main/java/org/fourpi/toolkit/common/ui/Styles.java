package org.fourpi.toolkit.common.ui;

/** The program's own style classes, declared once; the rules are in app.css. */
public final class Styles {

    public static final String STYLESHEET = "/org/fourpi/toolkit/app/app.css";

    public static final String PAGE = "page";
    public static final String PAGE_TITLE = "page-title";
    public static final String SECTION_TITLE = "section-title";
    public static final String FIELD_ERROR = "field-error";
    public static final String INVALID = "invalid";
    public static final String HINT = "hint";
    public static final String STATUS_BAR = "status-bar";
    public static final String CARD = "card";
    public static final String DIALOG_TEXT = "dialog-text";
    /** On a page that scrolls its parts itself (for example each tab), so the window does not add a scroll bar. */
    public static final String SCROLLS_ITSELF = "scrolls-itself";

    private Styles() {
    }
}
