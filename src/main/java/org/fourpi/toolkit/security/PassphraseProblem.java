package org.fourpi.toolkit.security;

/** Why a new passphrase was refused, with the words that say so. */
public enum PassphraseProblem {
    TOO_SHORT("security.passphrase.tooShort"),
    NOT_THE_SAME("security.passphrase.notTheSame");

    private final String messageKey;

    PassphraseProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
