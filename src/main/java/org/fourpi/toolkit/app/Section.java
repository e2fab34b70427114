package org.fourpi.toolkit.app;

/** The parts of the program, in the order the navigation list shows them. */
public enum Section {
    HOME("home", "mdal-home"),
    ASSESSMENT("assessment", "mdal-assignment"),
    PEOPLE("people", "mdmz-people"),
    MEETINGS("meetings", "mdal-event"),
    PAYMENTS("payments", "mdal-account_balance_wallet"),
    REPORTS("reports", "mdal-insert_chart"),
    SETTINGS("settings", "mdmz-settings");

    private final String key;
    private final String iconCode;

    Section(String key, String iconCode) {
        this.key = key;
        this.iconCode = iconCode;
    }

    /** The resource-bundle key of the section's name. */
    public String nameKey() {
        return "section." + key;
    }

    /** The key of the sentence shown while the section is not built yet. */
    public String notBuiltKey() {
        return "section." + key + ".notBuilt";
    }

    public String iconCode() {
        return iconCode;
    }

    /** The digit that goes with Ctrl (or Cmd) to jump here: 1 for the first section. */
    public int shortcutDigit() {
        return ordinal() + 1;
    }
}
