package org.fourpi.toolkit.assessment;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The rules for an assessment's start and its actions, shared by the wizard and the service. */
public final class AssessmentRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_NAME = 200;
    public static final int MAX_ACTION = 1000;
    public static final int MAX_EVIDENCE = 10000;

    private AssessmentRules() {
    }

    /** The problems with a start; empty when there are none. */
    public static Map<AssessmentField, AssessmentProblem> check(AssessmentStart start) {
        Map<AssessmentField, AssessmentProblem> problems = new EnumMap<>(AssessmentField.class);
        length(problems, AssessmentField.TITLE, start.title(), MAX_TITLE, true);
        if (start.heldOn() == null) {
            problems.put(AssessmentField.HELD_ON, AssessmentProblem.REQUIRED);
        }
        if (start.scope().isEmpty()) {
            problems.put(AssessmentField.SCOPE, AssessmentProblem.NO_LEVEL);
        }
        length(problems, AssessmentField.FACILITATOR, start.facilitator(), MAX_NAME, false);
        if (start.mode() == null) {
            throw new IllegalArgumentException("An assessment needs a mode");
        }
        if (start.participants().isEmpty()) {
            problems.put(AssessmentField.PARTICIPANTS, AssessmentProblem.NO_PARTICIPANTS);
        } else {
            Set<Long> people = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (ParticipantInput p : start.participants()) {
                String name = clean(p.name());
                if (name.isEmpty() || name.length() > MAX_NAME || p.perspective() == null) {
                    problems.put(AssessmentField.PARTICIPANTS, AssessmentProblem.PARTICIPANT_NAME_MISSING);
                } else if ((p.personId() != null && !people.add(p.personId()))
                        || (p.personId() == null && !names.add(name.toLowerCase(Locale.ROOT)))) {
                    problems.putIfAbsent(AssessmentField.PARTICIPANTS, AssessmentProblem.PARTICIPANT_TWICE);
                }
            }
        }
        return problems;
    }

    /** The problems with an action; empty when there are none. */
    public static Map<AssessmentField, AssessmentProblem> check(ActionInput action, Framework framework) {
        Map<AssessmentField, AssessmentProblem> problems = new EnumMap<>(AssessmentField.class);
        length(problems, AssessmentField.ACTION_WHAT, action.what(), MAX_ACTION, true);
        length(problems, AssessmentField.ACTION_WHO, action.who(), MAX_NAME, false);
        if (action.indicators().stream().anyMatch(code -> framework.indicator(code).isEmpty())) {
            problems.put(AssessmentField.ACTION_INDICATORS, AssessmentProblem.UNKNOWN_INDICATOR);
        }
        return problems;
    }

    /** The most characters allowed in a field. */
    public static int maxFor(AssessmentField field) {
        return switch (field) {
            case TITLE -> MAX_TITLE;
            case ACTION_WHAT -> MAX_ACTION;
            default -> MAX_NAME;
        };
    }

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static void length(Map<AssessmentField, AssessmentProblem> problems, AssessmentField field, String text,
            int max, boolean required) {
        String clean = clean(text);
        if (clean.isEmpty() && required) {
            problems.put(field, AssessmentProblem.REQUIRED);
        } else if (clean.length() > max) {
            problems.put(field, AssessmentProblem.TOO_LONG);
        }
    }
}
