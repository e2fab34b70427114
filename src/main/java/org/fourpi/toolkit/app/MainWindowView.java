package org.fourpi.toolkit.app;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;

import org.fourpi.toolkit.common.ui.Mnemonics;
import org.fourpi.toolkit.common.ui.ScrollIntoView;
import org.fourpi.toolkit.common.ui.Styles;
import org.fourpi.toolkit.export.ExportAllViewModel;
import org.fourpi.toolkit.settings.AppearanceViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/** Code-behind of the main window: menus, navigation list and page area, bound to the view model. */
public final class MainWindowView {

    private final MainWindowViewModel viewModel;
    private final AppearanceViewModel appearance;
    private final Map<Section, Supplier<Parent>> pages;
    private final Map<Section, Node> shownPages = new EnumMap<>(Section.class);
    private final Runnable quit;
    private final Runnable about;
    private final ExportAllViewModel exportAll;

    @FXML private ListView<Section> navigation;
    @FXML private StackPane content;
    @FXML private Menu fileMenu;
    @FXML private Menu goMenu;
    @FXML private MenuItem exportAllItem;
    @FXML private Label statusLabel;
    @FXML private Label dataFolderLabel;

    /** @param pages each section's page, asked for the first time the section is shown */
    public MainWindowView(MainWindowViewModel viewModel, AppearanceViewModel appearance,
                          Map<Section, Supplier<Parent>> pages, Runnable quit, Runnable about, ExportAllViewModel exportAll) {
        this.viewModel = viewModel;
        this.appearance = appearance;
        this.pages = pages;
        this.quit = quit;
        this.about = about;
        this.exportAll = exportAll;
    }

    @FXML
    private void initialize() {
        navigation.setItems(viewModel.sections());
        navigation.setCellFactory(list -> new ListCell<>() {
            private final FontIcon icon = new FontIcon();

            {
                // Icons grow with the text size setting.
                fontProperty().addListener((obs, old, font) -> icon.setIconSize((int) Math.round(font.getSize() * 1.3)));
            }

            @Override
            protected void updateItem(Section section, boolean empty) {
                super.updateItem(section, empty);
                if (empty || section == null) {
                    setText(null);
                    setGraphic(null);
                    setAccessibleText(null);
                } else {
                    setText(viewModel.sectionName(section));
                    icon.setIconLiteral(section.iconCode());
                    setGraphic(icon);
                    setAccessibleText(viewModel.sectionName(section));
                }
            }
        });
        navigation.getSelectionModel().select(viewModel.selectedProperty().get());
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.show(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            navigation.getSelectionModel().select(now);
            showPage(now);
        });
        showPage(viewModel.selectedProperty().get());

        for (Section section : Section.values()) {
            MenuItem item = new MenuItem(viewModel.sectionName(section));
            item.setAccelerator(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + section.shortcutDigit()),
                    KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(event -> {
                viewModel.show(section);
                navigation.requestFocus();
            });
            goMenu.getItems().add(item);
        }

        content.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Mnemonics.install(scene);
                scene.focusOwnerProperty().addListener((o, was, focused) -> ScrollIntoView.nearest(focused));
            }
        });

        statusLabel.textProperty().bind(viewModel.statusProperty());
        dataFolderLabel.textProperty().bind(viewModel.dataFolderProperty());
        exportAllItem.textProperty().bind(exportAll.commandTextProperty());
        viewModel.showStatusOf(exportAll.statusProperty());
    }

    /** Adds commands to the File menu, after "Export all data". */
    public void addToFileMenu(List<MenuItem> items) {
        fileMenu.getItems().addAll(fileMenu.getItems().indexOf(exportAllItem) + 1, items);
    }

    private void showPage(Section section) {
        Node page = shownPages.computeIfAbsent(section, s -> {
            Parent root = pages.get(s).get();
            if (root.getStyleClass().contains(Styles.SCROLLS_ITSELF)) {
                return root;
            }
            ScrollPane pane = new ScrollPane(root);
            pane.setFitToWidth(true);
            pane.setFocusTraversable(false);
            pane.setAccessibleText(viewModel.sectionName(s));
            return pane;
        });
        content.getChildren().setAll(page);
    }

        @FXML
    private void quit() {
        quit.run();
    }

    @FXML
    private void exportAll() {
        exportAll.exportAll();
    }

    @FXML
    private void about() {
        about.run();
    }

    @FXML
    private void largerText() {
        appearance.larger();
    }

    @FXML
    private void smallerText() {
        appearance.smaller();
    }

    @FXML
    private void normalText() {
        appearance.normalSize();
    }

    @FXML
    private void toggleTheme() {
        appearance.toggleTheme();
    }
}
