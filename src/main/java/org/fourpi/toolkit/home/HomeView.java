package org.fourpi.toolkit.home;

import javafx.beans.binding.BooleanExpression;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

import org.fourpi.toolkit.settings.LogoImage;

/** Code-behind of Home: binds labels and cards to the view model. */
public final class HomeView {

    private final HomeViewModel viewModel;

    @FXML private ImageView logoImage;
    @FXML private Label titleLabel;
    @FXML private VBox welcomeCard;
    @FXML private VBox profileCard;
    @FXML private VBox noProfileCard;
    @FXML private Label addressLabel;
    @FXML private Label registrationLabel;
    @FXML private Label contactLabel;
    @FXML private Label supportLabel;
    @FXML private Button ownDetailsButton;
    @FXML private Button exampleButton;

    public HomeView(HomeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(viewModel.titleProperty());
        addressLabel.textProperty().bind(viewModel.addressProperty());
        registrationLabel.textProperty().bind(viewModel.registrationProperty());
        contactLabel.textProperty().bind(viewModel.contactProperty());
        supportLabel.textProperty().bind(viewModel.supportProperty());
        LogoImage.bind(logoImage, viewModel.logoProperty());
        showWhen(logoImage, viewModel.logoProperty().isNotNull());
        showWhen(welcomeCard, viewModel.showWelcomeProperty());
        showWhen(profileCard, viewModel.hasProfileProperty());
        showWhen(noProfileCard, viewModel.hasProfileProperty().not()
                .and(viewModel.showWelcomeProperty().not()).and(viewModel.loadedProperty()));
        ownDetailsButton.disableProperty().bind(viewModel.busyProperty());
        exampleButton.disableProperty().bind(viewModel.busyProperty());
    }

    private static void showWhen(Node node, BooleanExpression condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    @FXML
    private void startWithOwnDetails() {
        viewModel.startWithOwnDetails();
    }

    @FXML
    private void exploreWithExampleData() {
        viewModel.exploreWithExampleData();
    }

    @FXML
    private void openSettings() {
        viewModel.openSettings();
    }
}
