package org.fourpi.toolkit.assessment;

/** One of the five questions the standards ask about impact, answered in words. */
public record ImpactQuestion(String code, String text) {
}
