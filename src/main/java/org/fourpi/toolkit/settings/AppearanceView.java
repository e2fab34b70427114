package org.fourpi.toolkit.settings;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.util.StringConverter;

import org.fourpi.toolkit.common.ui.Messages;

/** Code-behind of the appearance settings: binds the theme choice and text size to the view model. */
public final class AppearanceView {

    private final AppearanceViewModel viewModel;
    private final Messages messages;

    @FXML private ToggleGroup themeGroup;
    @FXML private RadioButton lightTheme;
    @FXML private RadioButton darkTheme;
    @FXML private ComboBox<Integer> textSize;

    public AppearanceView(AppearanceViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        lightTheme.setUserData(Theme.LIGHT);
        darkTheme.setUserData(Theme.DARK);
        selectTheme(viewModel.themeProperty().get());
        viewModel.themeProperty().addListener((obs, old, now) -> selectTheme(now));
        themeGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.themeProperty().set((Theme) now.getUserData());
            }
        });

        textSize.getItems().setAll(Appearance.TEXT_SIZES);
        textSize.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer percent) {
                return percent == null ? "" : messages.text("appearance.textSize.option", percent);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        textSize.valueProperty().bindBidirectional(viewModel.textSizeProperty());
    }

    private void selectTheme(Theme theme) {
        themeGroup.selectToggle(theme == Theme.DARK ? darkTheme : lightTheme);
    }
}
