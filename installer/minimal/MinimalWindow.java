import java.lang.management.ManagementFactory;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The smallest JavaFX window, packaged like the program, to compare start-up times with: it prints
 * startup_ms (JVM uptime) when the window is shown, as the program does, and closes.
 */
public final class MinimalWindow {

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Minimal window");
            stage.setScene(new Scene(new StackPane(new Label("A minimal JavaFX window")), 400, 200));
            stage.setOnShown(event -> {
                System.out.println("startup_ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
                // Closing the only window ends JavaFX, as the program's --exit-after-startup does.
                Platform.runLater(stage::hide);
            });
            stage.show();
        });
    }
}
