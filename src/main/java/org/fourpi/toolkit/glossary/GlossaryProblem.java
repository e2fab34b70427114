package org.fourpi.toolkit.glossary;

import org.fourpi.toolkit.common.text.Labelled;

/**
 * Why a glossary entry cannot be saved. Each label is a sentence with the field's name as {0} and,
 * where it matters, the most characters allowed as {1}.
 */
public enum GlossaryProblem implements Labelled {
    REQUIRED,
    TOO_LONG,
    ALREADY_THERE;

    @Override
    public String labelKey() {
        return "glossary.problem." + name();
    }
}
