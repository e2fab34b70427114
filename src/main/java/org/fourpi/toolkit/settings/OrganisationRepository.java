package org.fourpi.toolkit.settings;

import static org.fourpi.toolkit.db.Tables.ORGANISATION_PROFILE;

import java.time.LocalDateTime;
import java.util.Optional;

import org.fourpi.toolkit.db.tables.records.OrganisationProfileRecord;
import org.jooq.DSLContext;

/** Reads and writes the single organisation profile row. */
final class OrganisationRepository {

    private static final int ONLY_ROW = 1;

    Optional<OrganisationProfile> find(DSLContext db) {
        return db.selectFrom(ORGANISATION_PROFILE)
                .where(ORGANISATION_PROFILE.ID.eq(ONLY_ROW))
                .fetchOptional()
                .map(OrganisationRepository::toProfile);
    }

    boolean exists(DSLContext db) {
        return db.fetchExists(ORGANISATION_PROFILE);
    }

    void save(DSLContext db, OrganisationProfile p, LocalDateTime now) {
        OrganisationProfileRecord row = db.newRecord(ORGANISATION_PROFILE)
                .setId(ONLY_ROW)
                .setName(p.name())
                .setAddress(emptyToNull(p.address()))
                .setPostcode(emptyToNull(p.postcode()))
                .setCharityNumber(emptyToNull(p.charityNumber()))
                .setCompanyNumber(emptyToNull(p.companyNumber()))
                .setContactName(emptyToNull(p.contactName()))
                .setContactPhone(emptyToNull(p.contactPhone()))
                .setContactEmail(emptyToNull(p.contactEmail()))
                .setSupportName(emptyToNull(p.supportName()))
                .setSupportPhone(emptyToNull(p.supportPhone()))
                .setSupportEmail(emptyToNull(p.supportEmail()))
                .setLogo(p.logo() == null ? null : p.logo().bytes())
                .setLogoMediaType(p.logo() == null ? null : p.logo().mediaType())
                .setUpdatedAt(now);
        db.insertInto(ORGANISATION_PROFILE).set(row)
                .onDuplicateKeyUpdate().set(row)
                .execute();
    }

    private static OrganisationProfile toProfile(OrganisationProfileRecord r) {
        Logo logo = r.getLogo() == null ? null : new Logo(r.getLogo(), r.getLogoMediaType());
        return new OrganisationProfile(r.getName(), r.getAddress(), r.getPostcode(), r.getCharityNumber(),
                r.getCompanyNumber(), r.getContactName(), r.getContactPhone(), r.getContactEmail(),
                r.getSupportName(), r.getSupportPhone(), r.getSupportEmail(), logo);
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
