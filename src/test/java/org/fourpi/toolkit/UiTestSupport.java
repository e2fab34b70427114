package org.fourpi.toolkit;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.settings.Appearance;
import org.fourpi.toolkit.testing.TestServices;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts and stops the real main window on a test data folder, headless. */
final class UiTestSupport {

    private UiTestSupport() {
    }

    /** Opens the window and waits until it shows the saved data, as a person would see it. */
    static App start(TestServices test) throws Exception {
        AtomicBoolean shown = new AtomicBoolean();
        // Read here, off the JavaFX thread, as the program reads it before the window opens.
        Appearance appearance = test.services().preferences().appearance();
        App app = (App) FxToolkit.setupApplication(() -> new App(test.services(), TestServices.MESSAGES,
                appearance, stage -> shown.set(true), () -> { }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, shown::get);
        return app;
    }

    /** Opens the window with dialogs and file choosers that give set answers instead of showing. */
    static App start(TestServices test, DialogService dialogs) throws Exception {
        AtomicBoolean shown = new AtomicBoolean();
        Appearance appearance = test.services().preferences().appearance();
        App app = (App) FxToolkit.setupApplication(() -> new App(test.services(), TestServices.MESSAGES,
                appearance, stage -> shown.set(true), () -> { }, stage -> dialogs));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, shown::get);
        return app;
    }

    /** Moves the keyboard focus to a field, as Tab would, and types into it. */
    static void fill(FxRobot robot, String query, String text) {
        Node field = robot.lookup(query).query();
        robot.interact(field::requestFocus);
        robot.write(text);
    }

    /** Presses a button from the keyboard. */
    static void press(FxRobot robot, String query) {
        Node button = robot.lookup(query).query();
        robot.interact(button::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    static void waitForLabel(FxRobot robot, String query, String text) throws Exception {
        waitForLabel(robot, query, text, 10);
    }

    /** Waits for a label's text, for work known to take a while on a busy machine (example data). */
    static void waitForLabel(FxRobot robot, String query, String text, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> text.equals(label(robot, query)));
    }

    /** Closes the window and lets background work finish, as closing the program does. */
    static void stop(App app) throws Exception {
        FxToolkit.cleanupStages();
        FxToolkit.cleanupApplication(app);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
