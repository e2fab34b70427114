package org.fourpi.toolkit.assessment;

import java.util.List;
import java.util.Map;

/**
 * Works out "what your records show": for each kind of evidence, a few plain sentences drawn from the
 * program's own records (people, meetings, payments), in counts and shares only, never names.
 */
@FunctionalInterface
public interface EvidenceSource {

    /** The sentences for every kind the records can speak to; a kind with nothing to say is left out. */
    Map<EvidenceKind, List<String>> figures();
}
