package org.fourpi.toolkit.meetings;

/**
 * A paper on the agenda could not be read into the pack, so no pack was made. The message names the
 * file and its agenda item in plain words.
 */
public final class PaperUnreadableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final String itemTitle;

    PaperUnreadableException(String message, String fileName, String itemTitle, Throwable cause) {
        super(message, cause);
        this.fileName = fileName;
        this.itemTitle = itemTitle;
    }

    /** The name the paper was attached under. */
    public String fileName() {
        return fileName;
    }

    public String itemTitle() {
        return itemTitle;
    }
}
