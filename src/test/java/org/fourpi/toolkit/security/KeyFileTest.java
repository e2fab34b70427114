package org.fourpi.toolkit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

import org.fourpi.toolkit.common.db.DataKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {

    /** Cheap enough for tests; the program itself never goes below 64 MiB. */
    static final KdfCost TEST_COST = new KdfCost(1024, 1, 1);

    @TempDir
    Path dir;

    @Test
    void opensWithThePassphraseAfterBeingWrittenAndReadBack() throws Exception {
        DataKey key = KeyFile.newDataKey();
        Path file = dir.resolve(KeyFile.NAME);
        KeyFile.create(key, "correct horse battery".toCharArray(), RecoveryCode.generate(), TEST_COST).writeTo(file);

        KeyFile read = KeyFile.read(file);

        assertThat(read.unlock("correct horse battery".toCharArray())).isEqualTo(key);
        assertThat(read.cost()).isEqualTo(TEST_COST);
    }

    @Test
    void refusesAWrongPassphrase() {
        KeyFile keyFile = KeyFile.create(KeyFile.newDataKey(), "correct horse battery".toCharArray(),
                RecoveryCode.generate(), TEST_COST);

        assertThatThrownBy(() -> keyFile.unlock("correct horse batterz".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessage("That passphrase does not open this data.");
    }

    @Test
    void opensWithTheRecoveryCodeTypedInLowerCaseWithSpaces() throws Exception {
        DataKey key = KeyFile.newDataKey();
        char[] code = RecoveryCode.generate();
        KeyFile keyFile = KeyFile.create(key, "correct horse battery".toCharArray(), code, TEST_COST);
        String typed = new String(code).toLowerCase().replace('-', ' ');

        assertThat(keyFile.unlockWithEither(typed.toCharArray())).isEqualTo(key);
        assertThatThrownBy(() -> keyFile.unlock(code)).isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void aNewPassphraseOpensTheSameKeyAndTheOldOneNoLonger() throws Exception {
        DataKey key = KeyFile.newDataKey();
        char[] code = RecoveryCode.generate();
        KeyFile before = KeyFile.create(key, "first passphrase".toCharArray(), code, TEST_COST);

        KeyFile after = before.withPassphrase(key, "second passphrase".toCharArray());

        assertThat(after.unlock("second passphrase".toCharArray())).isEqualTo(key);
        assertThat(after.unlockWithRecoveryCode(code)).isEqualTo(key);
        assertThatThrownBy(() -> after.unlock("first passphrase".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void aNewRecoveryCodeReplacesTheOldOne() throws Exception {
        DataKey key = KeyFile.newDataKey();
        char[] oldCode = RecoveryCode.generate();
        char[] newCode = RecoveryCode.generate();
        KeyFile keyFile = KeyFile.create(key, "first passphrase".toCharArray(), oldCode, TEST_COST)
                .withRecoveryCode(key, newCode);

        assertThat(keyFile.unlockWithRecoveryCode(newCode)).isEqualTo(key);
        assertThatThrownBy(() -> keyFile.unlockWithRecoveryCode(oldCode)).isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void theFileHoldsTheArgon2idSettingsAndNeitherTheKeyNorThePassphrase() throws Exception {
        DataKey key = KeyFile.newDataKey();
        Path file = dir.resolve(KeyFile.NAME);
        KeyFile.create(key, "correct horse battery".toCharArray(), RecoveryCode.generate(),
                new KdfCost(KdfCost.MIN_MEMORY_KIB, 2, 1)).writeTo(file);

        String text = Files.readString(file, StandardCharsets.ISO_8859_1);

        assertThat(text).contains("kdf=argon2id", "memoryKiB=65536", "iterations=2", "parallelism=1", "format=1")
                .doesNotContain("correct horse battery")
                .doesNotContainIgnoringCase(HexFormat.of().formatHex(key.bytes()))
                .doesNotContain(java.util.Base64.getEncoder().encodeToString(key.bytes()));
    }

    @Test
    void argon2idGivesTheSameKeyForTheSameInputsAndAnotherForAnotherSalt() {
        byte[] saltA = new byte[16];
        byte[] saltB = new byte[16];
        saltB[0] = 1;

        byte[] a1 = PassphraseKdf.derive("passphrase".toCharArray(), saltA, TEST_COST);
        byte[] a2 = PassphraseKdf.derive("passphrase".toCharArray(), saltA, TEST_COST);
        byte[] b = PassphraseKdf.derive("passphrase".toCharArray(), saltB, TEST_COST);

        assertThat(a1).hasSize(32).isEqualTo(a2).isNotEqualTo(b);
    }

    @Test
    void tuningKeepsAtLeast64MiBAndAddsPassesUntilHalfASecond() {
        // A clock where one pass of the starting cost takes 100 ms.
        AtomicLong now = new AtomicLong();
        long[] calls = {0};
        KdfCost tuned = PassphraseKdf.tune(new KdfCost(1024, 1, 1), PassphraseKdf.TARGET_NANOS,
                () -> calls[0]++ == 0 ? now.get() : now.addAndGet(100_000_000L));

        assertThat(tuned.iterations()).isEqualTo(5);
        assertThat(KdfCost.minimum().memoryKiB()).isGreaterThanOrEqualTo(64 * 1024);
    }

    @Test
    void passphrasesNeedTenCharactersTypedTheSameTwice() {
        assertThat(PassphraseRules.check("short one".toCharArray(), "short one".toCharArray()))
                .contains(PassphraseProblem.TOO_SHORT);
        assertThat(PassphraseRules.check("long enough".toCharArray(), "long enougg".toCharArray()))
                .contains(PassphraseProblem.NOT_THE_SAME);
        assertThat(PassphraseRules.check("long enough".toCharArray(), "long enough".toCharArray())).isEmpty();
    }
}
