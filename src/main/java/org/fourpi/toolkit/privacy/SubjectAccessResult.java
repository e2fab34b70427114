package org.fourpi.toolkit.privacy;

import java.nio.file.Path;
import java.util.List;

/**
 * The folder made for a subject access request and what went into it.
 *
 * @param folder      the new folder
 * @param sheets      the sheets of records.xlsx, one for each kind of record
 * @param attachments files copied into it
 * @param missing     kept files that could not be found, named in the summary
 */
public record SubjectAccessResult(Path folder, List<String> sheets, int attachments, int missing) {

    public SubjectAccessResult {
        sheets = List.copyOf(sheets);
    }
}
