package org.fourpi.toolkit.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fourpi.toolkit.db.Tables.CLAIM;
import static org.fourpi.toolkit.db.Tables.CLAIM_LINE;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The integrity check passes sound data and names, in plain words, each thing that is wrong. */
class IntegrityCheckServiceTest {

    @TempDir Path dataDir;
    @TempDir Path files;

    @Test
    void findsMissingFilesClaimsThatDoNotAddUpAndBrokenLinks() throws IOException {
        Path document = files.resolve("role.txt");
        Files.writeString(document, "Role description");
        long claimId;
        try (TestServices test = TestServices.open(dataDir)) {
            test.services().exampleData().fill();
            long person = test.services().people().all().getFirst().id();
            test.services().people().addDocument(person, document, "Role");

            CheckReport before = test.services().integrityCheck().check();
            assertThat(before.allWell()).isFalse();
            assertThat(before.findings()).filteredOn(f -> !f.well()).extracting(CheckFinding::text)
                    .containsExactly("There is no backup in the backups folder yet. Make one with Back up now.");

            test.services().backups().backupOnClose();
            CheckReport sound = test.services().integrityCheck().check();
            assertThat(sound.findings()).allMatch(CheckFinding::well, "all well");
            assertThat(sound.allWell()).isTrue();
            assertThat(sound.findings()).extracting(CheckFinding::text)
                    .anyMatch(t -> t.matches("All \\d+ tables can be read \\([\\d,]+ records\\)\\."))
                    .anyMatch(t -> t.matches("All [1-9]\\d* claims add up to the total recorded for them\\."))
                    .anyMatch(t -> t.matches("All [1-9]\\d* attached files are there and can be read\\."))
                    .contains("The last backup was made on 26 November 2026 at 10:00 (0 days ago).");

            Files.delete(test.services().people().documentFile(
                    test.services().people().find(person).orElseThrow().documents().getFirst().id()).orElseThrow());
        }
        try (BackupFixture fixture = new BackupFixture(dataDir)) {
            var db = fixture.database.dsl();
            long lineId = db.select(org.jooq.impl.DSL.min(CLAIM_LINE.ID)).from(CLAIM_LINE).fetchOne(0, Long.class);
            claimId = db.select(CLAIM_LINE.CLAIM_ID).from(CLAIM_LINE).where(CLAIM_LINE.ID.eq(lineId)).fetchOne(0, Long.class);
            db.update(CLAIM_LINE).set(CLAIM_LINE.AMOUNT, CLAIM_LINE.AMOUNT.plus(new BigDecimal("10.00")))
                    .where(CLAIM_LINE.ID.eq(lineId)).execute();
            db.execute("SET REFERENTIAL_INTEGRITY FALSE");
            db.update(CLAIM).set(CLAIM.PERSON_ID, 999_999L).where(CLAIM.ID.eq(claimId)).execute();
            db.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
        try (TestServices test = TestServices.open(dataDir)) {
            CheckReport report = test.services().integrityCheck().check();

            assertThat(report.allWell()).isFalse();
            var problems = report.findings().stream().filter(f -> !f.well()).map(CheckFinding::text).toList();
            assertThat(problems).hasSize(3);
            assertThat(problems.get(0)).isEqualTo("Some records point at records that are missing: "
                    + "1 in claim point at a missing person.");
            assertThat(problems.get(1)).isEqualTo("Some attached files are missing or cannot be read (1): role.txt.");
            assertThat(problems.get(2)).matches("Some claims do not add up: claim " + claimId
                    + " has lines adding up to £[0-9,.]+, but its recorded total is £[0-9,.]+\\.");
        }
    }
}
