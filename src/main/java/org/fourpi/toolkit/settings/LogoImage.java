package org.fourpi.toolkit.settings;

import java.io.ByteArrayInputStream;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** Shows a logo in an image view, following the logo as it changes. For views only. */
public final class LogoImage {

    private LogoImage() {
    }

    public static void bind(ImageView view, ObservableValue<Logo> logo) {
        view.imageProperty().bind(Bindings.createObjectBinding(() -> {
            Logo current = logo.getValue();
            return current == null ? null : new Image(new ByteArrayInputStream(current.bytes()));
        }, logo));
    }
}
