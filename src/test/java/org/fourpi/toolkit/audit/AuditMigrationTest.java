package org.fourpi.toolkit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;

import org.flywaydb.core.Flyway;
import org.fourpi.toolkit.common.db.DataKey;
import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder from before the audit log keeps its claims' trails: they become the log's first entries. */
class AuditMigrationTest {

    @TempDir
    Path temp;

    @Test
    void theTrailOfEachClaimJoinsTheNewLogWithThePersonOfTheClaim() throws Exception {
        Path base = temp.resolve("toolkit");
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("9").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO person (id, first_name, perspective, status, created_at, updated_at) "
                    + "VALUES (7, 'Ada', 'CARER', 'ACTIVE', TIMESTAMP '2026-10-01 09:00:00', "
                    + "TIMESTAMP '2026-10-01 09:00:00')");
            sql.execute("INSERT INTO claim (id, person_id, activity, activity_date, status, created_at, updated_at) "
                    + "VALUES (3, 7, 'Steering group', DATE '2026-10-02', 'SUBMITTED', "
                    + "TIMESTAMP '2026-10-02 10:00:00', TIMESTAMP '2026-10-02 10:00:00')");
            sql.execute("INSERT INTO claim_audit (claim_id, changed_at, changed_by, what, before_value, after_value) "
                    + "VALUES (3, TIMESTAMP '2026-10-02 10:00:00', 'sam', 'CREATED', NULL, 'Ada, Steering group')");
            sql.execute("INSERT INTO claim_audit (claim_id, changed_at, changed_by, what, before_value, after_value) "
                    + "VALUES (3, TIMESTAMP '2026-10-03 11:30:00', 'sam', 'SUBMITTED', 'Draft', 'Submitted')");
            sql.execute("INSERT INTO claim_audit (claim_id, changed_at, changed_by, what, before_value, after_value) "
                    + "VALUES (4, TIMESTAMP '2026-10-04 12:00:00', 'jo', 'DELETED', 'Old draft', NULL)");
        }

        try (Database database = Database.open(base, temp, DataKey.NONE)) {
            AuditService audit = new AuditService(database, TestServices.CLOCK, () -> "sam", TestServices.MESSAGES);

            assertThat(audit.page(AuditFilter.ALL, 0, 10)).extracting(AuditEntryRow::changedAt,
                    AuditEntryRow::changedBy, AuditEntryRow::area, AuditEntryRow::what, AuditEntryRow::recordId,
                    AuditEntryRow::personId, AuditEntryRow::before, AuditEntryRow::after).containsExactly(
                    tuple(LocalDateTime.of(2026, 10, 4, 12, 0), "jo", AuditArea.PAYMENTS, "claim.DELETED", 4L, null,
                            "Old draft", null),
                    tuple(LocalDateTime.of(2026, 10, 3, 11, 30), "sam", AuditArea.PAYMENTS, "claim.SUBMITTED", 3L, 7L,
                            "Draft", "Submitted"),
                    tuple(LocalDateTime.of(2026, 10, 2, 10, 0), "sam", AuditArea.PAYMENTS, "claim.CREATED", 3L, 7L,
                            null, "Ada, Steering group"));
        }
    }
}
