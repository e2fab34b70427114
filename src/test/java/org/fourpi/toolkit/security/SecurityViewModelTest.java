package org.fourpi.toolkit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fourpi.toolkit.Services;
import org.fourpi.toolkit.common.db.DataFolder;
import org.fourpi.toolkit.common.db.DataKey;
import org.fourpi.toolkit.glossary.PdfText;
import org.fourpi.toolkit.common.ui.PrintChoice;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.RecordingPrinter;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityViewModelTest {

    private static final Pattern CODE = Pattern.compile("[A-Z2-9]{4}(-[A-Z2-9]{4}){5}");
    private static final String PASSPHRASE = "blue kettle on a Tuesday";

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final AtomicInteger closed = new AtomicInteger();

    private SecurityViewModel viewModel(Services services) {
        SecurityViewModel model = new SecurityViewModel(services.security(), executor, dialogs, TestServices.MESSAGES,
                closed::incrementAndGet);
        model.load();
        return model;
    }

    private static String codeOn(Path sheet) throws Exception {
        Matcher matcher = CODE.matcher(String.join("\n", PdfText.pages(sheet)));
        assertThat(matcher.find()).as("a recovery code on the sheet").isTrue();
        return matcher.group();
    }

    @Test
    void refusesAShortPassphraseAndOneTypedDifferentlyInWords() {
        try (DataFolder folder = DataFolder.open(dir.resolve("data"));
             Services services = DataProtectionTest.services(folder, DataKey.NONE)) {
            SecurityViewModel model = viewModel(services);
            assertThat(model.statusTextProperty().get()).startsWith("This data is not protected");

            model.passphraseProperty().set("too short");
            model.againProperty().set("too short");
            model.turnOn();
            assertThat(model.problemProperty().get()).isEqualTo("The passphrase needs at least 10 characters.");

            model.passphraseProperty().set(PASSPHRASE);
            model.againProperty().set("blue kettle on a Tuesdya");
            model.turnOn();
            assertThat(model.problemProperty().get()).startsWith("The two new passphrases are not the same.");
            assertThat(services.security().pendingProtection()).isEmpty();
            assertThat(closed).hasValue(0);
        }
    }

    @Test
    void turningOnSavesTheRecoverySheetClosesTheWindowAndTheSheetsCodeLaterOpensTheData() throws Exception {
        Path root = dir.resolve("data");
        Path sheet = dir.resolve("sheet.pdf");
        SecurityService.Protection protection;
        try (DataFolder folder = DataFolder.open(root)) {
            try (Services services = DataProtectionTest.services(folder, DataKey.NONE)) {
                SecurityViewModel model = viewModel(services);
                dialogs.chooseFile(sheet).answerConfirm(true);
                model.passphraseProperty().set(PASSPHRASE);
                model.againProperty().set(PASSPHRASE);

                model.turnOn();

                assertThat(closed).hasValue(1);
                assertThat(model.statusTextProperty().get()).isEqualTo("Protection will be turned on when the program closes.");
                assertThat(model.passphraseProperty().get()).isEmpty();
                protection = services.security().pendingProtection().orElseThrow();
            }
            // What the launcher does once the window has closed.
            DataProtection.turnOn(folder, protection.key(), protection.keyFile(), step -> { });
        }

        String code = codeOn(sheet);
        assertThat(PdfText.pages(sheet).getFirst()).contains("Recovery code", root.toString());
        assertThat(DataProtection.unlock(root, code.toLowerCase().toCharArray())).isEqualTo(protection.key());
        assertThat(DataProtection.unlock(root, PASSPHRASE.toCharArray())).isEqualTo(protection.key());
    }

    @Test
    void changesThePassphraseOnlyWithTheCurrentOneAndMakesANewRecoverySheet() throws Exception {
        Path root = dir.resolve("data");
        DataKey key = KeyFile.newDataKey();
        char[] firstCode = RecoveryCode.generate();
        try (DataFolder folder = DataFolder.open(root)) {
            DataProtectionTest.services(folder, DataKey.NONE).close();
            DataProtection.turnOn(folder, key, KeyFile.create(key, PASSPHRASE.toCharArray(), firstCode,
                    KeyFileTest.TEST_COST), step -> { });
            try (Services services = DataProtectionTest.services(folder, key)) {
                SecurityViewModel model = viewModel(services);
                assertThat(model.statusTextProperty().get()).startsWith("This data is protected");

                model.currentProperty().set("not the passphrase");
                model.passphraseProperty().set("green teapot at noon");
                model.againProperty().set("green teapot at noon");
                model.changePassphrase();
                assertThat(model.problemProperty().get())
                        .isEqualTo("The current passphrase is not right. Nothing has been changed.");

                model.currentProperty().set(PASSPHRASE);
                model.passphraseProperty().set("green teapot at noon");
                model.againProperty().set("green teapot at noon");
                model.changePassphrase();
                assertThat(model.messageProperty().get()).isEqualTo("The passphrase has been changed. Use the new one from now on.");

                Path sheet = dir.resolve("new-sheet.pdf");
                dialogs.chooseFile(sheet);
                model.saveRecoverySheet();
                assertThat(model.messageProperty().get()).startsWith("The recovery sheet has been saved to");
                String newCode = codeOn(sheet);
                assertThat(DataProtection.unlock(root, newCode.toCharArray())).isEqualTo(key);
            }
        }
        assertThat(DataProtection.unlock(root, "green teapot at noon".toCharArray())).isEqualTo(key);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DataProtection.unlock(root, PASSPHRASE.toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DataProtection.unlock(root, firstCode))
                .isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void printsANewRecoverySheetWhoseCodeOpensTheDataAndKeepsNoCopy() throws Exception {
        Path root = dir.resolve("data");
        DataKey key = KeyFile.newDataKey();
        char[] firstCode = RecoveryCode.generate();
        Path printed = dir.resolve("printed.pdf");
        try (DataFolder folder = DataFolder.open(root)) {
            DataProtectionTest.services(folder, DataKey.NONE).close();
            DataProtection.turnOn(folder, key, KeyFile.create(key, PASSPHRASE.toCharArray(), firstCode,
                    KeyFileTest.TEST_COST), step -> { });
            try (Services services = DataProtectionTest.services(folder, key)) {
                SecurityViewModel model = viewModel(services);

                model.printRecoverySheet();
                assertThat(model.messageProperty().get()).startsWith("No printer is set up");
                assertThat(DataProtection.unlock(root, firstCode)).isEqualTo(key);

                dialogs.answerPrint(new PrintChoice.Chosen(new RecordingPrinter(printed)));
                model.printRecoverySheet();
                assertThat(model.messageProperty().get()).startsWith("The recovery sheet has been printed.");
            }
        }
        assertThat(DataProtection.unlock(root, codeOn(printed).toCharArray())).isEqualTo(key);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DataProtection.unlock(root, firstCode))
                .isInstanceOf(WrongPassphraseException.class);
        assertThat(root.resolve("temp")).satisfiesAnyOf(
                temp -> assertThat(temp).doesNotExist(), temp -> assertThat(temp).isEmptyDirectory());
    }
}
