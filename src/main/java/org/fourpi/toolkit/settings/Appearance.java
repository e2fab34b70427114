package org.fourpi.toolkit.settings;

import java.util.List;

/** How the program looks: its colour theme and its text size, as a percentage of normal. */
public record Appearance(Theme theme, int textSizePercent) {

    public static final int MIN_TEXT_SIZE = 100;
    public static final int MAX_TEXT_SIZE = 200;
    public static final int TEXT_SIZE_STEP = 25;
    public static final List<Integer> TEXT_SIZES = List.of(100, 125, 150, 175, 200);
    public static final Appearance DEFAULT = new Appearance(Theme.LIGHT, 100);

    /** The base font size at 100%, in pixels, as the theme has it. */
    private static final double BASE_FONT_PX = 14.0;

    public Appearance {
        textSizePercent = Math.clamp(textSizePercent, MIN_TEXT_SIZE, MAX_TEXT_SIZE);
    }

    public Appearance withTheme(Theme newTheme) {
        return new Appearance(newTheme, textSizePercent);
    }

    public Appearance withTextSize(int percent) {
        return new Appearance(theme, percent);
    }

    public Appearance larger() {
        return withTextSize(textSizePercent + TEXT_SIZE_STEP);
    }

    public Appearance smaller() {
        return withTextSize(textSizePercent - TEXT_SIZE_STEP);
    }

    public double fontSizePx() {
        return BASE_FONT_PX * textSizePercent / 100.0;
    }
}
