package org.fourpi.toolkit.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.fourpi.toolkit.common.db.DataKey;

/**
 * The small file in the data folder that holds the data key twice, each copy locked with AES-GCM: once
 * under the key Argon2id makes from the passphrase, once under the key it makes from the recovery code.
 * A wrong passphrase fails at the GCM check, before any other file is touched. The file holds no
 * personal data, so it travels with backups.
 */
public record KeyFile(KdfCost cost, byte[] passphraseSalt, byte[] passphraseSlot, byte[] recoverySalt,
                      byte[] recoverySlot) {

    /** The key file's name in the data folder root. */
    public static final String NAME = "toolkit.key";
    static final int FORMAT = 1;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;

    /** A new key file for the data key, locked with the passphrase and with the recovery code. */
    public static KeyFile create(DataKey dataKey, char[] passphrase, char[] recoveryCode, KdfCost cost) {
        byte[] salt = randomBytes(16);
        byte[] recoverySalt = randomBytes(16);
        return new KeyFile(cost, salt, wrap(dataKey, PassphraseKdf.derive(passphrase, salt, cost), "passphrase"),
                recoverySalt, wrap(dataKey, PassphraseKdf.derive(RecoveryCode.normalise(recoveryCode), recoverySalt,
                cost), "recovery"));
    }

    /**
     * The data key.
     *
     * @throws WrongPassphraseException when the passphrase does not open it
     */
    public DataKey unlock(char[] passphrase) throws WrongPassphraseException {
        return unwrap(passphraseSlot, PassphraseKdf.derive(passphrase, passphraseSalt, cost), "passphrase");
    }

    /**
     * The data key, opened with the passphrase or, when that fails and what was typed has the shape of a
     * recovery code, with the recovery code.
     *
     * @throws WrongPassphraseException when neither opens it
     */
    public DataKey unlockWithEither(char[] secret) throws WrongPassphraseException {
        try {
            return unlock(secret);
        } catch (WrongPassphraseException wrong) {
            if (RecoveryCode.normalise(secret).length != RecoveryCode.LENGTH) {
                throw wrong;
            }
            return unlockWithRecoveryCode(secret);
        }
    }

    /**
     * The data key, opened with the recovery code from the recovery sheet.
     *
     * @throws WrongPassphraseException when the code does not open it
     */
    public DataKey unlockWithRecoveryCode(char[] code) throws WrongPassphraseException {
        return unwrap(recoverySlot, PassphraseKdf.derive(RecoveryCode.normalise(code), recoverySalt, cost),
                "recovery");
    }

    /** The same data key and recovery copy, locked with a new passphrase (a new salt too). */
    public KeyFile withPassphrase(DataKey dataKey, char[] newPassphrase) {
        byte[] salt = randomBytes(16);
        return new KeyFile(cost, salt, wrap(dataKey, PassphraseKdf.derive(newPassphrase, salt, cost), "passphrase"),
                recoverySalt, recoverySlot);
    }

    /** The same data key and passphrase copy, with a new recovery code in place of the old one. */
    public KeyFile withRecoveryCode(DataKey dataKey, char[] code) {
        byte[] salt = randomBytes(16);
        return new KeyFile(cost, passphraseSalt, passphraseSlot, salt,
                wrap(dataKey, PassphraseKdf.derive(RecoveryCode.normalise(code), salt, cost), "recovery"));
    }

    /** The key file in a data folder root, if there is one. */
    public static Path in(Path dataFolderRoot) {
        return dataFolderRoot.resolve(NAME);
    }

    /** Reads a key file; a damaged one is reported as unreadable. */
    public static KeyFile read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            if (!String.valueOf(FORMAT).equals(p.getProperty("format")) || !"argon2id".equals(p.getProperty("kdf"))) {
                throw new IllegalArgumentException("Not a key file of this program");
            }
            Base64.Decoder b64 = Base64.getDecoder();
            return new KeyFile(new KdfCost(Integer.parseInt(p.getProperty("memoryKiB")),
                    Integer.parseInt(p.getProperty("iterations")), Integer.parseInt(p.getProperty("parallelism"))),
                    b64.decode(p.getProperty("salt")), b64.decode(p.getProperty("passphraseKey")),
                    b64.decode(p.getProperty("recoverySalt")), b64.decode(p.getProperty("recoveryKey")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The key file is damaged: " + file.getFileName(), e);
        }
    }

    /**
     * Writes the key file so that a crash at any moment leaves the old file or the new one whole: a
     * temporary file, forced to disk, then renamed over the old one in one step.
     */
    public void writeTo(Path file) {
        Base64.Encoder b64 = Base64.getEncoder();
        String text = "# 4PI Involvement Toolkit: the key that opens this data, locked with the passphrase.\n"
                + "# Without the passphrase or the recovery code it opens nothing. Do not edit.\n"
                + "format=" + FORMAT + "\n"
                + "kdf=argon2id\n"
                + "memoryKiB=" + cost.memoryKiB() + "\n"
                + "iterations=" + cost.iterations() + "\n"
                + "parallelism=" + cost.parallelism() + "\n"
                + "salt=" + b64.encodeToString(passphraseSalt) + "\n"
                + "passphraseKey=" + b64.encodeToString(passphraseSlot) + "\n"
                + "recoverySalt=" + b64.encodeToString(recoverySalt) + "\n"
                + "recoveryKey=" + b64.encodeToString(recoverySlot) + "\n";
        Path temp = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp); Writer writer = new java.io.OutputStreamWriter(out,
                    StandardCharsets.ISO_8859_1)) {
                writer.write(text);
            }
            force(temp);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename durable where the system allows it (not on Windows, where renames are already kept). */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // Windows cannot open a folder this way; NTFS journals renames itself.
        }
    }

    private static byte[] wrap(DataKey dataKey, byte[] wrappingKey, String slot) {
        byte[] nonce = randomBytes(NONCE_BYTES);
        byte[] plain = dataKey.bytes();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(wrappingKey, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad(slot));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
            Arrays.fill(wrappingKey, (byte) 0);
        }
    }

    private static DataKey unwrap(byte[] slotBytes, byte[] wrappingKey, String slot) throws WrongPassphraseException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(wrappingKey, "AES"),
                    new GCMParameterSpec(128, slotBytes, 0, NONCE_BYTES));
            cipher.updateAAD(aad(slot));
            byte[] plain = cipher.doFinal(slotBytes, NONCE_BYTES, slotBytes.length - NONCE_BYTES);
            try {
                return DataKey.of(plain);
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (AEADBadTagException e) {
            throw new WrongPassphraseException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(wrappingKey, (byte) 0);
        }
    }

    private static byte[] aad(String slot) {
        return ("4PI Involvement Toolkit data key " + FORMAT + " " + slot).getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A new random data key. */
    public static DataKey newDataKey() {
        byte[] bytes = randomBytes(32);
        try {
            return DataKey.of(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyFile that && cost.equals(that.cost)
                && Arrays.equals(passphraseSalt, that.passphraseSalt) && Arrays.equals(passphraseSlot, that.passphraseSlot)
                && Arrays.equals(recoverySalt, that.recoverySalt) && Arrays.equals(recoverySlot, that.recoverySlot);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(passphraseSlot);
    }

    @Override
    public String toString() {
        return "KeyFile[" + cost + "]";
    }
}
