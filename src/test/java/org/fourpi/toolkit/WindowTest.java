package org.fourpi.toolkit;

import java.nio.file.Path;

import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The common ground of tests that drive the real main window, headless: a data folder, a robot, and clean-up. */
abstract class WindowTest {

    @TempDir
    Path temp;

    final FxRobot robot = new FxRobot();
    TestServices test;
    App app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (app != null) {
            UiTestSupport.stop(app);
        }
        if (test != null) {
            test.close();
        }
    }
}
