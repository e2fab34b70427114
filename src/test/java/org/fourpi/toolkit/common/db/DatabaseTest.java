package org.fourpi.toolkit.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path temp;

    @Test
    void migratesANewDatabaseAndCommitsWithoutDelay() {
        try (DataFolder folder = DataFolder.open(temp); Database db = Database.open(folder)) {
            assertThat(db.dsl().fetchValue(
                    "SELECT DISTINCT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'"))
                    .hasToString("0");
            assertThat(db.dsl().fetchValue(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'ORGANISATION_PROFILE'"))
                    .hasToString("1");
        }
        assertThat(temp.resolve("database").resolve("toolkit.mv.db")).exists();
    }

    @Test
    void goesBackToCommitsWithoutDelayAfterBatchedWorkEvenWhenItFails() {
        String writeDelay = "SELECT DISTINCT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'";
        try (DataFolder folder = DataFolder.open(temp); Database db = Database.open(folder)) {
            db.withCommitsBatched(() -> assertThat(db.dsl().fetchValue(writeDelay)).hasToString("500"));
            assertThat(db.dsl().fetchValue(writeDelay)).hasToString("0");

            assertThatThrownBy(() -> db.withCommitsBatched(() -> {
                throw new IllegalStateException("example failed");
            })).hasMessage("example failed");
            assertThat(db.dsl().fetchValue(writeDelay)).hasToString("0");
        }
    }

    @Test
    void knowsItsNewestMigrationWhichIsTheNewestFile() throws Exception {
        int newest;
        try (var files = Files.list(Path.of(Database.class.getResource("/db/migration").toURI()))) {
            newest = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow();
        }
        assertThat(Database.NEWEST_MIGRATION).isEqualTo(String.valueOf(newest));
    }

    @Test
    void anUpToDateDatabaseOpensWithoutFlywayAndAnyOtherGoesToFlyway() {
        try (DataFolder folder = DataFolder.open(temp)) {
            try (Database db = Database.open(folder)) {
                db.dsl().connection(c -> assertThat(Database.upToDate(c)).isTrue());
                // Were Flyway to check it, the changed checksum would stop the next opening.
                db.dsl().execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = 1 WHERE \"version\" = '1'");
            }
            try (Database db = Database.open(folder)) {
                db.dsl().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                        + "\"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", "
                        + "\"success\") VALUES (99, '99', 'from a newer program', 'SQL', 'V99__x.sql', 'sa', 1, TRUE)");
                db.dsl().connection(c -> assertThat(Database.upToDate(c)).isFalse());
            }
            // Flyway is asked now, and refuses a database changed by a newer program.
            assertThatThrownBy(() -> Database.open(folder).close()).isInstanceOf(FlywayException.class)
                    .hasMessageContaining("failed validation");
        }
    }

    @Test
    void keepsWhatATransactionSavedAcrossAReopen() {
        try (DataFolder folder = DataFolder.open(temp)) {
            try (Database db = Database.open(folder)) {
                db.transaction(tx -> tx.execute("INSERT INTO preference VALUES ('k', 'v')"));
            }
            try (Database db = Database.open(folder)) {
                assertThat(db.dsl().fetchValue("SELECT pref_value FROM preference WHERE pref_key = 'k'"))
                        .isEqualTo("v");
            }
        }
    }

    @Test
    void leavesNothingHalfDoneWhenATransactionFails() {
        try (DataFolder folder = DataFolder.open(temp); Database db = Database.open(folder)) {
            assertThatThrownBy(() -> db.transaction(tx -> {
                tx.execute("INSERT INTO preference VALUES ('a', '1')");
                tx.execute("INSERT INTO preference VALUES ('a', '2')");
            })).isInstanceOf(RuntimeException.class);
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("preference"))).isZero();
        }
    }

    @Test
    void refusesAFolderPathThatCouldCarryDatabaseSettings() {
        assertThatThrownBy(() -> Database.url(Path.of("/tmp/x;AUTO_SERVER=TRUE/toolkit"), DataKey.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Database.url(Path.of("/tmp/data/toolkit"), DataKey.NONE)).contains("WRITE_DELAY=0")
                .contains("MAX_COMPACT_TIME=0").doesNotContain("CIPHER");
    }

    @Test
    void reportsADamagedDatabaseFileAsUnreadable() throws Exception {
        Path base = temp.resolve("database").resolve("toolkit");
        Files.createDirectories(base.getParent());
        byte[] junk = new byte[8192];
        java.util.Arrays.fill(junk, (byte) 0x5A);
        Files.write(temp.resolve("database").resolve("toolkit.mv.db"), junk);
        try (DataFolder folder = DataFolder.open(temp)) {
            assertThatThrownBy(() -> Database.open(folder))
                    .isInstanceOfSatisfying(DataFolderException.class,
                            e -> assertThat(e.reason()).isEqualTo(DataFolderException.Reason.UNREADABLE));
        }
        assertThat(Files.readAllBytes(temp.resolve("database").resolve("toolkit.mv.db"))).isEqualTo(junk);
    }

    @Test
    void anEncryptedDatabaseOpensOnlyWithItsKeyAndHoldsNoPlainText() throws Exception {
        byte[] right = new byte[32];
        java.util.Arrays.fill(right, (byte) 7);
        byte[] wrong = new byte[32];
        java.util.Arrays.fill(wrong, (byte) 8);
        Path file = temp.resolve("database").resolve("toolkit.mv.db");
        try (DataFolder folder = DataFolder.open(temp)) {
            try (Database db = Database.open(folder, DataKey.of(right))) {
                db.transaction(tx -> tx.execute("INSERT INTO preference VALUES ('canary', 'Zebedee Quarrington')"));
            }
            assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .doesNotContain("Zebedee").doesNotContain("CANARY").doesNotContain("canary");
            byte[] before = Files.readAllBytes(file);
            assertThatThrownBy(() -> Database.open(folder, DataKey.of(wrong)))
                    .isInstanceOfSatisfying(DataFolderException.class,
                            e -> assertThat(e.reason()).isEqualTo(DataFolderException.Reason.UNREADABLE));
            assertThatThrownBy(() -> Database.open(folder))
                    .isInstanceOf(DataFolderException.class);
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            try (Database db = Database.open(folder, DataKey.of(right))) {
                assertThat(db.dsl().fetchValue("SELECT pref_value FROM preference WHERE pref_key = 'canary'"))
                        .isEqualTo("Zebedee Quarrington");
            }
        }
    }
}
