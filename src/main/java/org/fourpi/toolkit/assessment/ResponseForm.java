package org.fourpi.toolkit.assessment;

/**
 * What goes on one person's response form, on screen, in a workbook or on paper.
 *
 * @param organisation the organisation's name from its profile, or empty
 */
public record ResponseForm(String organisation, Assessment assessment, Participant participant, Framework framework) {

    public ResponseForm {
        organisation = organisation == null ? "" : organisation.strip();
    }
}
