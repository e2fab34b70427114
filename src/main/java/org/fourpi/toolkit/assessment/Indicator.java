package org.fourpi.toolkit.assessment;

/**
 * One statement a group rates, in plain English, with what good looks like and a prompt for evidence.
 *
 * @param code       stable within a framework version, e.g. "ENG-4"
 * @param areaCode   the 4PI area, e.g. "PROCESS"
 * @param partCode   the part of Process ("ENGAGEMENT" ...), or null for the other areas
 * @param evidence   the figure from the program's own records to show beside it, or null
 * @param impactArea true for the six areas where impact is looked for (ethos and culture ...)
 */
public record Indicator(String code, String areaCode, String partCode, String statement, String hint, String prompt,
                        EvidenceKind evidence, boolean impactArea) {

    /** The key of the step it belongs to: its part for Process, otherwise its area. */
    public String stepKey() {
        return partCode == null ? areaCode : partCode;
    }
}
