package org.fourpi.toolkit.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;
import org.fourpi.toolkit.demo.ExampleDataService;
import org.fourpi.toolkit.settings.Logo;
import org.fourpi.toolkit.settings.OrganisationProfile;
import org.fourpi.toolkit.settings.OrganisationService;
import org.fourpi.toolkit.settings.PreferencesService;

/**
 * The Home page: the organisation at a glance and, on the very first run, a welcome that offers to
 * start with the organisation's own details or to explore with example data.
 */
public final class HomeViewModel {

    /** What Home needs to know, read together in the background. */
    record Snapshot(Optional<OrganisationProfile> profile, boolean welcomeDone, boolean empty) {
    }

    private final OrganisationService organisations;
    private final PreferencesService preferences;
    private final ExampleDataService exampleData;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Runnable openSettings;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty registration = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty support = new SimpleStringProperty("");
    private final ObjectProperty<Logo> logo = new SimpleObjectProperty<>();
    private final BooleanProperty hasProfile = new SimpleBooleanProperty();
    private final BooleanProperty showWelcome = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public HomeViewModel(OrganisationService organisations, PreferencesService preferences,
                         ExampleDataService exampleData, TaskExecutor executor, DialogService dialogs,
                         Messages messages, Runnable openSettings) {
        this.organisations = organisations;
        this.preferences = preferences;
        this.exampleData = exampleData;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.openSettings = openSettings;
        title.set(messages.text("home.title.noProfile"));
    }

    /** Reads the organisation again; Home calls this each time it is shown. */
    public void refresh() {
        BackgroundTask.of(progress -> new Snapshot(organisations.load(), preferences.isWelcomeDone(),
                        exampleData.isEmpty()))
                .onSuccess(this::show)
                .onFinished(() -> loaded.set(true))
                .executeWith(executor);
    }

    /** First-run choice: fill the empty data folder with a fictional organisation to look around. */
    public void exploreWithExampleData() {
        busy.set(true);
        BackgroundTask.ofAction(() -> {
                    exampleData.fill();
                    preferences.markWelcomeDone();
                })
                .onSuccess(done -> refresh())
                .onFailure(error -> {
                    if (error instanceof ExampleDataService.NotEmptyException) {
                        dialogs.showInformation(messages.text("home.example.notEmpty.title"),
                                messages.text("home.example.notEmpty.message"));
                        refresh();
                    } else {
                        dialogs.showError(messages.text("home.example.failed.title"),
                                messages.text("home.example.failed.message"));
                    }
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** First-run choice: go to Settings and enter the organisation's own details. */
    public void startWithOwnDetails() {
        showWelcome.set(false);
        BackgroundTask.ofAction(preferences::markWelcomeDone).executeWith(executor);
        openSettings.run();
    }

    public void openSettings() {
        openSettings.run();
    }

    private void show(Snapshot snapshot) {
        hasProfile.set(snapshot.profile().isPresent());
        showWelcome.set(snapshot.profile().isEmpty() && !snapshot.welcomeDone() && snapshot.empty());
        snapshot.profile().ifPresentOrElse(this::showProfile, this::showNoProfile);
    }

    private void showProfile(OrganisationProfile p) {
        title.set(p.name());
        String postcode = p.postcode().isEmpty() ? "" : "\n" + p.postcode();
        address.set(p.address() + postcode);
        List<String> numbers = new ArrayList<>();
        if (!p.charityNumber().isEmpty()) {
            numbers.add(messages.text("home.charityNumber", p.charityNumber()));
        }
        if (!p.companyNumber().isEmpty()) {
            numbers.add(messages.text("home.companyNumber", p.companyNumber()));
        }
        registration.set(String.join("   ", numbers));
        contact.set(person("home.contact", "home.contact.none", p.contactName(), p.contactPhone(), p.contactEmail()));
        support.set(person("home.support", "home.support.none", p.supportName(), p.supportPhone(), p.supportEmail()));
        logo.set(p.logo());
    }

    private void showNoProfile() {
        title.set(messages.text("home.title.noProfile"));
        address.set("");
        registration.set("");
        contact.set("");
        support.set("");
        logo.set(null);
    }

    private String person(String key, String noneKey, String name, String phone, String email) {
        List<String> parts = new ArrayList<>();
        for (String part : List.of(name, phone, email)) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? messages.text(noneKey) : messages.text(key, String.join(", ", parts));
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty addressProperty() {
        return address;
    }

    public ReadOnlyStringProperty registrationProperty() {
        return registration;
    }

    public ReadOnlyStringProperty contactProperty() {
        return contact;
    }

    public ReadOnlyStringProperty supportProperty() {
        return support;
    }

    public ReadOnlyObjectProperty<Logo> logoProperty() {
        return logo;
    }

    public ReadOnlyBooleanProperty hasProfileProperty() {
        return hasProfile;
    }

    public ReadOnlyBooleanProperty showWelcomeProperty() {
        return showWelcome;
    }

    /** Becomes true once Home has shown the saved data for the first time. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
