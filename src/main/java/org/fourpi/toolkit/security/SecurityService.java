package org.fourpi.toolkit.security;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.fourpi.toolkit.common.db.DataFolder;
import org.fourpi.toolkit.common.db.DataKey;
import org.fourpi.toolkit.common.ui.DocumentPrinter;
import org.fourpi.toolkit.common.ui.Progress;

/**
 * Protecting the data with a passphrase while the program is open: getting ready to turn it on (done by
 * the launcher once the database is closed), changing the passphrase, and making a new recovery sheet.
 */
public final class SecurityService {

    private final DataFolder folder;
    private final DataKey dataKey;
    private final Supplier<String> organisationName;
    private final Clock clock;
    private final RecoverySheetPdf sheets;
    private final Supplier<KdfCost> tuning;
    private final AtomicReference<Protection> pending = new AtomicReference<>();

    /** Encryption made ready to turn on: the new data key, its key file and the recovery code in it. */
    public record Protection(DataKey key, KeyFile keyFile, char[] recoveryCode) {
    }

    /**
     * @param dataKey the key the data is open with, or {@link DataKey#NONE}
     * @param tuning  the Argon2id cost for a new key file (tuned to about half a second; cheaper in tests)
     */
    public SecurityService(DataFolder folder, DataKey dataKey, Supplier<String> organisationName, Clock clock,
                           RecoverySheetPdf sheets, Supplier<KdfCost> tuning) {
        this.folder = folder;
        this.dataKey = dataKey;
        this.organisationName = organisationName;
        this.clock = clock;
        this.sheets = sheets;
        this.tuning = tuning;
    }

    /**
     * Makes a new recovery code, prints the sheet that shows it and only then puts it into the key file; an
     * older sheet stops working. The PDF is made in memory and never written to a file.
     *
     * @return the pages printed
     */
    public int printNewRecoverySheet(DocumentPrinter printer, Progress progress) throws IOException {
        if (!isProtected()) {
            throw new IllegalStateException("The data is not protected");
        }
        Path file = KeyFile.in(folder.root());
        char[] code = RecoveryCode.generate();
        KeyFile renewed = KeyFile.read(file).withRecoveryCode(dataKey, code);
        try {
            byte[] sheet = sheets.bytes(organisationName.get(), folder.root(), LocalDate.now(clock), code);
            int pages = printer.print(sheet, progress);
            renewed.writeTo(file);
            return pages;
        } catch (IOException | RuntimeException e) {
            printer.abandon();
            throw e;
        }
    }

    /** Whether the data is locked with a passphrase. */
    public boolean isProtected() {
        return dataKey.encrypted() && DataProtection.isProtected(folder.root());
    }

    public Path dataFolder() {
        return folder.root();
    }

    /**
     * Makes a new data key and its key file, locked with the passphrase and a new recovery code. Nothing
     * is written yet; this takes a second or two.
     *
     * @throws InvalidPassphraseException when the passphrase breaks a rule
     */
    public Protection prepare(char[] passphrase, char[] again) {
        PassphraseRules.check(passphrase, again).ifPresent(p -> {
            throw new InvalidPassphraseException(p);
        });
        DataKey key = KeyFile.newDataKey();
        char[] code = RecoveryCode.generate();
        return new Protection(key, KeyFile.create(key, passphrase, code, tuning.get()), code);
    }

    /** Writes a recovery sheet for encryption that is about to be turned on. */
    public void saveRecoverySheet(Protection protection, Path pdf) {
        sheets.write(pdf, organisationName.get(), folder.root(), LocalDate.now(clock), protection.recoveryCode());
    }

    /** Asks for encryption to be turned on once the window has closed and the database with it. */
    public void requestProtection(Protection protection) {
        pending.set(protection);
    }

    /** Encryption asked for in this session, to turn on when the database is closed. */
    public Optional<Protection> pendingProtection() {
        return Optional.ofNullable(pending.get());
    }

    /**
     * Changes the passphrase by rewriting the small key file in one step; the data itself is untouched, so
     * a crash leaves the old passphrase or the new one working.
     *
     * @throws WrongPassphraseException   when the current passphrase (or recovery code) is wrong (nothing is changed)
     * @throws InvalidPassphraseException when the new one breaks a rule
     */
    public void changePassphrase(char[] current, char[] next, char[] again) throws WrongPassphraseException {
        PassphraseRules.check(next, again).ifPresent(p -> {
            throw new InvalidPassphraseException(p);
        });
        Path file = KeyFile.in(folder.root());
        KeyFile keyFile = KeyFile.read(file);
        DataKey opened = keyFile.unlockWithEither(current);
        keyFile.withPassphrase(opened, next).writeTo(file);
    }

    /**
     * Makes a new recovery code, saves the sheet that shows it and only then puts it into the key file;
     * an older sheet stops working.
     */
    public void saveNewRecoverySheet(Path pdf) {
        if (!isProtected()) {
            throw new IllegalStateException("The data is not protected");
        }
        Path file = KeyFile.in(folder.root());
        char[] code = RecoveryCode.generate();
        KeyFile renewed = KeyFile.read(file).withRecoveryCode(dataKey, code);
        sheets.write(pdf, organisationName.get(), folder.root(), LocalDate.now(clock), code);
        renewed.writeTo(file);
    }
}
