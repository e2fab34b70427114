package org.fourpi.toolkit.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import org.fourpi.toolkit.audit.AuditArea;
import org.fourpi.toolkit.audit.AuditChange;
import org.fourpi.toolkit.audit.AuditTrail;
import org.fourpi.toolkit.audit.FieldChanges;
import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.validation.Problem;
import org.fourpi.toolkit.common.files.FileSignature;
import org.fourpi.toolkit.common.validation.Formats;

/** The organisation profile: loading, checking and saving it, and reading a logo file. */
public final class OrganisationService {

    private final Database database;
    private final Clock clock;
    private final OrganisationRepository repository = new OrganisationRepository();
    private final AuditTrail audit;

    public OrganisationService(Database database, Clock clock) {
        this(database, clock, AuditTrail.NONE);
    }

    /** @param audit where each change is written, in the change's own transaction */
    public OrganisationService(Database database, Clock clock, AuditTrail audit) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
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
        database.transaction(db -> {
            OrganisationProfile before = repository.find(db).orElse(null);
            repository.save(db, tidy, LocalDateTime.now(clock));
            audit.record(db, changes(before, tidy));
        });
        return tidy;
    }

    /** Each field of the profile that differs, for the audit log; a logo only as changed or not. */
    private static java.util.List<AuditChange> changes(OrganisationProfile before, OrganisationProfile after) {
        java.util.List<AuditChange> changes = new java.util.ArrayList<>(FieldChanges
                .between(before, after, AuditArea.SETTINGS, "settings.profile", null, null)
                .field(ProfileField.NAME.labelKey(), OrganisationProfile::name)
                .field(ProfileField.ADDRESS.labelKey(), OrganisationProfile::address)
                .field(ProfileField.POSTCODE.labelKey(), OrganisationProfile::postcode)
                .field(ProfileField.CHARITY_NUMBER.labelKey(), OrganisationProfile::charityNumber)
                .field(ProfileField.COMPANY_NUMBER.labelKey(), OrganisationProfile::companyNumber)
                .field(ProfileField.CONTACT_NAME.labelKey(), OrganisationProfile::contactName)
                .field(ProfileField.CONTACT_PHONE.labelKey(), OrganisationProfile::contactPhone)
                .field(ProfileField.CONTACT_EMAIL.labelKey(), OrganisationProfile::contactEmail)
                .field(ProfileField.SUPPORT_NAME.labelKey(), OrganisationProfile::supportName)
                .field(ProfileField.SUPPORT_PHONE.labelKey(), OrganisationProfile::supportPhone)
                .field(ProfileField.SUPPORT_EMAIL.labelKey(), OrganisationProfile::supportEmail)
                .changes());
        byte[] logoBefore = before == null || before.logo() == null ? null : before.logo().bytes();
        byte[] logoAfter = after.logo() == null ? null : after.logo().bytes();
        if (!java.util.Arrays.equals(logoBefore, logoAfter)) {
            changes.add(new AuditChange(AuditArea.SETTINGS, "settings.profile", null, null, "logo",
                    logoBefore != null, logoAfter != null));
        }
        return changes;
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
