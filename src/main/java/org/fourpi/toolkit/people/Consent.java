package org.fourpi.toolkit.people;

import java.time.LocalDate;

/** What a person agreed to, when, how and with which wording; withdrawn when {@code withdrawnOn} is set. */
public record Consent(long id, ConsentPurpose purpose, LocalDate givenOn, ConsentMethod method, String wordingVersion,
                      LocalDate withdrawnOn) {

    public boolean isActive() {
        return withdrawnOn == null;
    }
}
