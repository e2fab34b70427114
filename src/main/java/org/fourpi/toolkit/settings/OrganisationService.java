package org.fourpi.toolkit.settings;

import org.fourpi.toolkit.common.validation.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.files.FileSignature;
import org.fourpi.toolkit.common.validation.Formats;

/** The organisation profile: loading, checking and saving it, and reading a logo file. */
public final class OrganisationService {

    private final Database database;
    private final Clock clock;
    private final OrganisationRepository repository = new OrganisationRepository();

    public OrganisationService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Optional<OrganisationProfile> load() {
        return repository.find(database.dsl());
    }

    public boolean hasProfile() {
        return repository.exists(database.dsl());
    }

    /**
     * Saves the profile in one transaction, with the postcode written the standard way.
     *
     * @throws InvalidProfileException when a field breaks the rules; nothing is saved then
     */
    public OrganisationProfile save(OrganisationProfile profile) {
        Map<ProfileField, Problem> problems = ProfileRules.check(profile);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        OrganisationProfile tidy = profile.postcode().isEmpty()
                ? profile : profile.withPostcode(Formats.normalisePostcode(profile.postcode()));
        database.transaction(db -> repository.save(db, tidy, LocalDateTime.now(clock)));
        return tidy;
    }

    /**
     * Reads an image file to use as the logo.
     *
     * @throws LogoException when the file cannot be read, is too large or is not an image
     */
    public Logo readLogo(Path file) {
        if (Files.exists(file) && !FileSignature.isOrdinaryFile(file)) {
            throw new LogoException(LogoException.Problem.NOT_A_FILE);
        }
        try {
            if (Files.size(file) > Logo.MAX_BYTES) {
                throw new LogoException(LogoException.Problem.TOO_LARGE);
            }
            return Logo.fromBytes(Files.readAllBytes(file));
        } catch (IOException | SecurityException e) {
            throw new LogoException(LogoException.Problem.UNREADABLE, e);
        }
    }
}
