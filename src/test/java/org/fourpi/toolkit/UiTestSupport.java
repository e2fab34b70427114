package org.fourpi.toolkit;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.fourpi.toolkit.testing.TestServices;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts and stops the real main window on a test data folder, headless. */
final class UiTestSupport {

    private UiTestSupport() {
    }

    /** Opens the window and waits until it shows the saved data, as a person would see it. */
    static App start(TestServices test) throws Exception {
        AtomicBoolean shown = new AtomicBoolean();
        App app = (App) FxToolkit.setupApplication(() -> new App(test.services(), TestServices.MESSAGES,
                test.services().preferences().appearance(), stage -> shown.set(true), () -> { }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, shown::get);
        return app;
    }

    /** Closes the window and lets background work finish, as closing the program does. */
    static void stop(App app) throws Exception {
        FxToolkit.cleanupStages();
        FxToolkit.cleanupApplication(app);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
