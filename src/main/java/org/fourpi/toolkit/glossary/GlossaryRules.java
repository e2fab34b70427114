package org.fourpi.toolkit.glossary;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The rules for a glossary entry, shared by the form and the service. */
public final class GlossaryRules {

    public static final int MAX_TERM = 100;
    public static final int MAX_EXPLANATION = 1000;

    private GlossaryRules() {
    }

    /** The problems with a term and its explanation, ignoring spaces at either end; empty when there are none. */
    public static Map<GlossaryField, GlossaryProblem> check(String term, String explanation) {
        Map<GlossaryField, GlossaryProblem> problems = new EnumMap<>(GlossaryField.class);
        checkLength(problems, GlossaryField.TERM, clean(term), MAX_TERM);
        checkLength(problems, GlossaryField.EXPLANATION, clean(explanation), MAX_EXPLANATION);
        return problems;
    }

    /** The most characters allowed in a field. */
    public static int maxFor(GlossaryField field) {
        return field == GlossaryField.TERM ? MAX_TERM : MAX_EXPLANATION;
    }

    /** The text as saved: no spaces at either end; spaces inside a term are made single. */
    static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    static String cleanTerm(String term) {
        return clean(term).replaceAll("\\s+", " ");
    }

    /** The key that makes two terms the same whatever their capitals. */
    static String key(String term) {
        return cleanTerm(term).toLowerCase(Locale.ROOT);
    }

    private static void checkLength(Map<GlossaryField, GlossaryProblem> problems, GlossaryField field, String text,
            int max) {
        if (text.isEmpty()) {
            problems.put(field, GlossaryProblem.REQUIRED);
        } else if (text.length() > max) {
            problems.put(field, GlossaryProblem.TOO_LONG);
        }
    }
}
