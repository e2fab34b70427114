package org.fourpi.toolkit.glossary;

import java.util.List;

/**
 * What {@link JargonChecker} found.
 *
 * @param used        the glossary terms used, in the glossary's order: a pack can print a glossary of only these
 * @param unexplained the likely jargon with no explanation, in alphabetical order
 */
public record JargonReport(List<UsedTerm> used, List<UnexplainedTerm> unexplained) {

    public JargonReport {
        used = List.copyOf(used);
        unexplained = List.copyOf(unexplained);
    }

    /** The glossary terms used, as entries to print. */
    public List<GlossaryTerm> usedTerms() {
        return used.stream().map(UsedTerm::term).toList();
    }
}
