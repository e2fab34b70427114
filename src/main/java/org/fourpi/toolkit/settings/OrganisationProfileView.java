package org.fourpi.toolkit.settings;

import java.util.EnumMap;
import java.util.Map;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;

import org.fourpi.toolkit.common.ui.FieldErrors;
import org.fourpi.toolkit.common.ui.TextAreas;

/** Code-behind of the organisation profile form: binds the controls to the view model, nothing more. */
public final class OrganisationProfileView {

    private final OrganisationProfileViewModel viewModel;
    private final Map<ProfileField, TextInputControl> inputs = new EnumMap<>(ProfileField.class);

    @FXML private TextField name;
    @FXML private Label nameError;
    @FXML private TextArea address;
    @FXML private Label addressError;
    @FXML private TextField postcode;
    @FXML private Label postcodeError;
    @FXML private TextField charityNumber;
    @FXML private Label charityNumberError;
    @FXML private TextField companyNumber;
    @FXML private Label companyNumberError;
    @FXML private TextField contactName;
    @FXML private Label contactNameError;
    @FXML private TextField contactPhone;
    @FXML private Label contactPhoneError;
    @FXML private TextField contactEmail;
    @FXML private Label contactEmailError;
    @FXML private TextField supportName;
    @FXML private Label supportNameError;
    @FXML private TextField supportPhone;
    @FXML private Label supportPhoneError;
    @FXML private TextField supportEmail;
    @FXML private Label supportEmailError;
    @FXML private TextField earliestStart;
    @FXML private Label earliestStartError;
    @FXML private ImageView logoImage;
    @FXML private Label noLogoLabel;
    @FXML private Button removeLogoButton;
    @FXML private Label statusLabel;

    public OrganisationProfileView(OrganisationProfileViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bind(ProfileField.NAME, name, nameError);
        bind(ProfileField.ADDRESS, address, addressError);
        bind(ProfileField.POSTCODE, postcode, postcodeError);
        bind(ProfileField.CHARITY_NUMBER, charityNumber, charityNumberError);
        bind(ProfileField.COMPANY_NUMBER, companyNumber, companyNumberError);
        bind(ProfileField.CONTACT_NAME, contactName, contactNameError);
        bind(ProfileField.CONTACT_PHONE, contactPhone, contactPhoneError);
        bind(ProfileField.CONTACT_EMAIL, contactEmail, contactEmailError);
        bind(ProfileField.SUPPORT_NAME, supportName, supportNameError);
        bind(ProfileField.SUPPORT_PHONE, supportPhone, supportPhoneError);
        bind(ProfileField.SUPPORT_EMAIL, supportEmail, supportEmailError);

        earliestStart.textProperty().bindBidirectional(viewModel.earliestStartProperty());
        FieldErrors.show(earliestStart, earliestStartError, viewModel.earliestStartErrorProperty());

        LogoImage.bind(logoImage, viewModel.logoProperty());
        var noLogo = viewModel.logoProperty().isNull();
        logoImage.visibleProperty().bind(noLogo.not());
        logoImage.managedProperty().bind(noLogo.not());
        noLogoLabel.visibleProperty().bind(noLogo);
        noLogoLabel.managedProperty().bind(noLogo);
        removeLogoButton.disableProperty().bind(noLogo);
        statusLabel.textProperty().bind(viewModel.statusProperty());
        statusLabel.accessibleTextProperty().bind(viewModel.statusProperty());

        TextAreas.tabMovesOn(address);

        viewModel.firstInvalidFieldProperty().addListener((obs, old, field) -> {
            if (field != null) {
                inputs.get(field).requestFocus();
            }
        });
        viewModel.earliestStartInvalidProperty().addListener((obs, was, invalid) -> {
            if (invalid && viewModel.firstInvalidFieldProperty().get() == null) {
                earliestStart.requestFocus();
            }
        });
    }

    private void bind(ProfileField field, TextInputControl input, Label error) {
        inputs.put(field, input);
        input.textProperty().bindBidirectional(viewModel.value(field));
        FieldErrors.show(input, error, viewModel.error(field));
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void chooseLogo() {
        viewModel.chooseLogo();
    }

    @FXML
    private void removeLogo() {
        viewModel.removeLogo();
    }
}
