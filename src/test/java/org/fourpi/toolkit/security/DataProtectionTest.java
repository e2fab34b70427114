package org.fourpi.toolkit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.fourpi.toolkit.Services;
import org.fourpi.toolkit.common.db.DataFolder;
import org.fourpi.toolkit.common.db.DataKey;
import org.fourpi.toolkit.people.AccessNeed;
import org.fourpi.toolkit.people.ContactMethod;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.people.PersonDocument;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.people.Role;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DataProtectionTest {

    static final char[] PASSPHRASE = "blue kettle on a Tuesday".toCharArray();
    private static final byte[] DOCUMENT = "%PDF-1.4 role description for Zebedee".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private static final class Crash extends RuntimeException {
    }

    static Person zebedee() {
        return new Person(null, "Zebedee", "Quarrington", "", Perspective.SERVICE_USER,
                Set.of(Role.EXPERT_BY_EXPERIENCE), "", Set.of(InvolvementLevel.C), "zq@example.org", "07700 900123",
                "1 Mill Lane", "M1 2AB", ContactMethod.EMAIL, true, LocalDate.of(1970, 5, 1),
                Set.of(AccessNeed.LARGE_PRINT), "CANARY-7731", "", null);
    }

    static Services services(DataFolder folder, DataKey key) {
        return new Services(folder, TestServices.CLOCK, TestServices.USER, key, () -> KeyFileTest.TEST_COST);
    }

    /** A plain data folder with one person and one kept document. */
    private Path plainFolderWithData() throws IOException {
        Path root = dir.resolve("data");
        Path file = dir.resolve("role.pdf");
        Files.write(file, DOCUMENT);
        try (DataFolder folder = DataFolder.open(root); Services services = services(folder, DataKey.NONE)) {
            Person saved = services.people().save(zebedee());
            services.people().addDocument(saved.id(), file, "Role description");
        }
        return root;
    }

    private static void assertDataReadable(DataFolder folder, DataKey key) throws IOException {
        try (Services services = services(folder, key)) {
            Person person = services.people().all().getFirst();
            assertThat(person.lastName()).isEqualTo("Quarrington");
            PersonDocument document = services.people().find(person.id()).orElseThrow().documents().getFirst();
            assertThat(services.people().documentFile(document.id()).orElseThrow()).hasBinaryContent(DOCUMENT);
        }
    }

    @ParameterizedTest
    @EnumSource(DataProtection.Step.class)
    void aCrashAtAnyStepLeavesEitherThePlainDataOrTheProtectedData(DataProtection.Step crashAfter) throws Exception {
        Path root = plainFolderWithData();
        DataKey key = KeyFile.newDataKey();
        KeyFile keyFile = KeyFile.create(key, PASSPHRASE, RecoveryCode.generate(), KeyFileTest.TEST_COST);
        try (DataFolder folder = DataFolder.open(root)) {
            assertThatThrownBy(() -> DataProtection.turnOn(folder, key, keyFile, step -> {
                if (step == crashAfter) {
                    throw new Crash();
                }
            })).isInstanceOf(Crash.class);
        }

        try (DataFolder folder = DataFolder.open(root)) {
            DataProtection.finishInterrupted(root);
            boolean tookEffect = crashAfter.compareTo(DataProtection.Step.KEY_FILE_IN_PLACE) >= 0;
            assertThat(DataProtection.isProtected(root)).isEqualTo(tookEffect);
            DataKey opened = tookEffect ? DataProtection.unlock(root, PASSPHRASE) : DataKey.NONE;
            assertDataReadable(folder, opened);
            assertThat(root.resolve(DataProtection.WORK)).doesNotExist();
            if (tookEffect) {
                assertThat(containsPlain(root, "Quarrington")).as("plain name left on disk").isFalse();
            }
        }
    }

    @Test
    void protectedDataCannotBeOpenedWithoutTheKey() throws Exception {
        Path root = plainFolderWithData();
        DataKey key = KeyFile.newDataKey();
        try (DataFolder folder = DataFolder.open(root)) {
            DataProtection.turnOn(folder, key, KeyFile.create(key, PASSPHRASE, RecoveryCode.generate(),
                    KeyFileTest.TEST_COST), step -> { });
            assertThatThrownBy(() -> services(folder, DataKey.NONE))
                    .isInstanceOf(org.fourpi.toolkit.common.db.DataFolderException.class);
            assertDataReadable(folder, DataProtection.unlock(root, PASSPHRASE));
        }
    }

    @Test
    void aWrongPassphraseSaysSoAndChangesNoFileInTheDataFolder() throws Exception {
        Path root = plainFolderWithData();
        DataKey key = KeyFile.newDataKey();
        try (DataFolder folder = DataFolder.open(root)) {
            DataProtection.turnOn(folder, key, KeyFile.create(key, PASSPHRASE, RecoveryCode.generate(),
                    KeyFileTest.TEST_COST), step -> { });
        }
        Map<String, String> before = checksums(root);

        try (DataFolder folder = DataFolder.open(root)) {
            DataProtection.finishInterrupted(root);
            assertThatThrownBy(() -> DataProtection.unlock(root, "blue kettle on a Wednesday".toCharArray()))
                    .isInstanceOf(WrongPassphraseException.class)
                    .hasMessage("That passphrase does not open this data.");
        }

        assertThat(checksums(root)).isEqualTo(before);
    }

    @Test
    void changingThePassphraseLeavesTheOldOneWorkingUntilTheKeyFileIsReplacedInOneStep() throws Exception {
        Path root = plainFolderWithData();
        DataKey key = KeyFile.newDataKey();
        try (DataFolder folder = DataFolder.open(root)) {
            DataProtection.turnOn(folder, key, KeyFile.create(key, PASSPHRASE, RecoveryCode.generate(),
                    KeyFileTest.TEST_COST), step -> { });
        }
        Path keyPath = KeyFile.in(root);
        // A crash while the new key file was being written leaves half a temporary file beside the old one.
        Files.write(keyPath.resolveSibling(KeyFile.NAME + ".part"), "format=1\nkdf=argon".getBytes(StandardCharsets.UTF_8));
        assertThat(DataProtection.unlock(root, PASSPHRASE)).isEqualTo(key);

        try (DataFolder folder = DataFolder.open(root); Services services = services(folder, key)) {
            services.security().changePassphrase(PASSPHRASE, "green teapot at noon".toCharArray(),
                    "green teapot at noon".toCharArray());
            assertThatThrownBy(() -> services.security().changePassphrase("not the one at all".toCharArray(),
                    "purple teapot at noon".toCharArray(), "purple teapot at noon".toCharArray()))
                    .isInstanceOf(WrongPassphraseException.class);
        }

        assertThat(DataProtection.unlock(root, "green teapot at noon".toCharArray())).isEqualTo(key);
        assertThatThrownBy(() -> DataProtection.unlock(root, PASSPHRASE)).isInstanceOf(WrongPassphraseException.class);
        assertThat(keyPath.resolveSibling(KeyFile.NAME + ".part")).doesNotExist();
    }

    static Map<String, String> checksums(Path root) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                sums.put(root.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return sums;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean containsPlain(Path root, String canary) throws IOException {
        byte[][] needles = {canary.getBytes(StandardCharsets.UTF_8), canary.getBytes(StandardCharsets.UTF_16LE),
                canary.getBytes(StandardCharsets.UTF_16BE)};
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (byte[] needle : needles) {
                    if (indexOf(bytes, needle) >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
