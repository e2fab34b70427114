package org.fourpi.toolkit.privacy;

import java.time.LocalDate;

/**
 * What erasing a person will do, to say it in words before anyone confirms.
 *
 * @param name           their name as it is now, to be typed to confirm
 * @param erasedOn       the day they were erased, or null when they have not been
 * @param documents      documents on their record, whose files will be deleted
 * @param consents       consent records that will be removed
 * @param claims         claims kept for the accounts, under the made-up name
 * @param keepClaimsUntil the last day the last of those claims is kept, or null when there are none
 * @param meetings       meetings they stay counted in, without their name
 * @param assessments    self-assessments they stay counted in, without their name
 */
public record ErasurePlan(String name, LocalDate erasedOn, int documents, int consents, int claims,
                          LocalDate keepClaimsUntil, int meetings, int assessments) {

    public boolean alreadyErased() {
        return erasedOn != null;
    }
}
