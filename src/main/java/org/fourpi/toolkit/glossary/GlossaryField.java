package org.fourpi.toolkit.glossary;

import org.fourpi.toolkit.common.text.Labelled;

/** The fields of a glossary entry, named in problems. */
public enum GlossaryField implements Labelled {
    TERM,
    EXPLANATION;

    @Override
    public String labelKey() {
        return "glossary.field." + name();
    }
}
