package org.fourpi.toolkit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;

import org.fourpi.toolkit.common.db.DataKey;
import org.fourpi.toolkit.common.ui.Styles;
import org.fourpi.toolkit.common.ui.ViewLoader;
import org.fourpi.toolkit.common.ui.WorkerTaskExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The passphrase window, from the keyboard alone: a wrong passphrase, then the right one. */
class UnlockUiTest {

    @TempDir
    Path root;

    private final FxRobot robot = new FxRobot();
    private WorkerTaskExecutor executor;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (executor != null) {
            executor.shutdown();
        }
    }

    @Test
    void aWrongPassphraseSaysSoAndTheRightOneTypedNextOpensTheData() throws Exception {
        DataKey key = KeyFile.newDataKey();
        KeyFile.create(key, "blue kettle on a Tuesday".toCharArray(), RecoveryCode.generate(), KeyFileTest.TEST_COST)
                .writeTo(KeyFile.in(root));
        AtomicReference<DataKey> opened = new AtomicReference<>();
        executor = WorkerTaskExecutor.pooled(Platform::runLater, e -> { });
        FxToolkit.setupStage(stage -> {
            UnlockViewModel model = new UnlockViewModel(secret -> DataProtection.unlock(root, secret), executor,
                    TestServices.MESSAGES, root.toString(), opened::set, stage::hide);
            Scene scene = new Scene(new ViewLoader(TestServices.MESSAGES).load(new UnlockView(model)));
            scene.getStylesheets().add(UnlockView.class.getResource(Styles.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#passphraseField").queryAs(PasswordField.class).isFocused());

        robot.write("blue kettle on a Monday");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "That passphrase does not open this data.".equals(message()));
        PasswordField field = robot.lookup("#passphraseField").queryAs(PasswordField.class);
        assertThat(field.getText()).isEmpty();
        assertThat(field.getStyleClass()).contains(Styles.INVALID);
        assertThat(opened.get()).isNull();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, field::isFocused);

        robot.write("blue kettle on a Tuesday");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> opened.get() != null);
        assertThat(opened.get()).isEqualTo(key);
        assertThat(field.getAccessibleText()).isEqualTo("Passphrase or recovery code");
    }

    private String message() {
        return robot.lookup("#unlockMessage").queryAs(Label.class).getText();
    }

}
