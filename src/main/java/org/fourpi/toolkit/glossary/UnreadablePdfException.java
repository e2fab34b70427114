package org.fourpi.toolkit.glossary;

import java.io.IOException;

/** A file could not be read as a PDF: it is damaged, locked with a password, or not a PDF at all. */
public final class UnreadablePdfException extends IOException {

    public UnreadablePdfException(String message, Throwable cause) {
        super(message, cause);
    }
}
