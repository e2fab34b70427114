package org.fourpi.toolkit.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps of the wizard, by key: the start, one per area (Process as its four parts; Impact
 * also asks the impact questions), priorities and actions, and the summary.
 */
public final class AssessmentSteps {

    public static final String START = "START";
    public static final String ACTIONS = "ACTIONS";
    public static final String SUMMARY = "SUMMARY";

    private AssessmentSteps() {
    }

    /** Every step key in order. */
    public static List<String> keys(Framework framework) {
        List<String> keys = new ArrayList<>();
        keys.add(START);
        framework.groups().forEach(g -> keys.add(g.key()));
        keys.add(ACTIONS);
        keys.add(SUMMARY);
        return List.copyOf(keys);
    }

    public static boolean isStep(Framework framework, String key) {
        return keys(framework).contains(key);
    }
}
