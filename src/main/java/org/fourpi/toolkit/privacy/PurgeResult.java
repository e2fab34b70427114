package org.fourpi.toolkit.privacy;

import java.util.List;

/**
 * What a purge did.
 *
 * @param claimsRemoved claims removed with their lines and history
 * @param peopleErased  people who left long ago and were erased
 * @param filesLeft     kept files (receipts, documents) that could not be deleted
 */
public record PurgeResult(int claimsRemoved, int peopleErased, List<String> filesLeft) {

    public PurgeResult {
        filesLeft = List.copyOf(filesLeft);
    }
}
