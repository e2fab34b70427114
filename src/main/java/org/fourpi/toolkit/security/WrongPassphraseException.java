package org.fourpi.toolkit.security;

/** The passphrase (or recovery code) given does not open this data; nothing was changed. */
public final class WrongPassphraseException extends Exception {

    public WrongPassphraseException() {
        super("That passphrase does not open this data.");
    }
}
