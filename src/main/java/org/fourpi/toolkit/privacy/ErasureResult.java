package org.fourpi.toolkit.privacy;

import java.util.List;

/**
 * What an erasure did.
 *
 * @param pseudonym       the made-up name the person's record now has
 * @param filesDeleted    documents whose files were deleted
 * @param filesLeft       stored names of files that could not be deleted (open elsewhere, say)
 * @param claimsKept      claims kept for the accounts under the made-up name
 */
public record ErasureResult(String pseudonym, int filesDeleted, List<String> filesLeft, int claimsKept) {

    public ErasureResult {
        filesLeft = List.copyOf(filesLeft);
    }
}
