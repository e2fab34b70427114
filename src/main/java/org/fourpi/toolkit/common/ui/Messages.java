package org.fourpi.toolkit.common.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every sentence the program shows, read from its resource bundle. */
public final class Messages {

    /** The bundle's base name, for FXML loaders and tests. */
    public static final String BUNDLE = "org.fourpi.toolkit.messages";

    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale));
    }

    /** The text for {@code key}, with {0}, {1} ... filled from {@code args}. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
