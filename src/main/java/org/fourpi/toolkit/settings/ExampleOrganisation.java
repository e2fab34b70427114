package org.fourpi.toolkit.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.fourpi.toolkit.demo.ExampleData;

/** A fictional user-led group, so a newcomer sees a profile filled in. */
public final class ExampleOrganisation implements ExampleData {

    private final OrganisationService organisations;

    public ExampleOrganisation(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public boolean hasRecords() {
        return organisations.hasProfile();
    }

    @Override
    public void add() {
        organisations.save(new OrganisationProfile(
                "Riverside Voices (example)",
                "The Old Library\n12 Mill Lane\nRiverside",
                "M1 2AB",
                "1234567",
                "",
                "Sam Okafor",
                "0161 496 0000",
                "sam@riverside-voices.example",
                "Jo Patel",
                "07700 900123",
                "jo@riverside-voices.example",
                exampleLogo()));
    }

    private static Logo exampleLogo() {
        try (InputStream in = ExampleOrganisation.class.getResourceAsStream("example-logo.png")) {
            return in == null ? null : Logo.fromBytes(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
