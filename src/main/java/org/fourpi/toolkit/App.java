package org.fourpi.toolkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.fourpi.toolkit.assessment.AssessmentResultsView;
import org.fourpi.toolkit.assessment.AssessmentResultsViewModel;
import org.fourpi.toolkit.assessment.AssessmentSectionView;
import org.fourpi.toolkit.assessment.ResponseFormsView;
import org.fourpi.toolkit.assessment.ResponseFormsViewModel;
import org.fourpi.toolkit.assessment.AssessmentsListView;
import org.fourpi.toolkit.assessment.AssessmentsView;
import org.fourpi.toolkit.assessment.AssessmentsViewModel;
import org.fourpi.toolkit.assessment.WizardPerson;
import org.fourpi.toolkit.assessment.WizardStartStepView;
import org.fourpi.toolkit.assessment.WizardView;
import org.fourpi.toolkit.assessment.WizardViewModel;
import org.fourpi.toolkit.audit.AuditLogSettingsView;
import org.fourpi.toolkit.audit.AuditLogViewModel;
import org.fourpi.toolkit.app.AboutView;
import org.fourpi.toolkit.app.AppInfo;
import org.fourpi.toolkit.app.MainWindowView;
import org.fourpi.toolkit.app.MainWindowViewModel;
import org.fourpi.toolkit.app.NotBuiltView;
import org.fourpi.toolkit.app.Section;
import org.fourpi.toolkit.backup.BackupMenuItems;
import org.fourpi.toolkit.backup.BackupSettingsView;
import org.fourpi.toolkit.backup.BackupSettingsViewModel;
import org.fourpi.toolkit.common.ui.ErrorReporter;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.FxDialogService;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Styles;
import org.fourpi.toolkit.common.ui.TaskExecutor;
import org.fourpi.toolkit.common.ui.ViewLoader;
import org.fourpi.toolkit.common.ui.WorkerTaskExecutor;
import org.fourpi.toolkit.export.ExportAllViewModel;
import org.fourpi.toolkit.glossary.GlossaryView;
import org.fourpi.toolkit.glossary.GlossaryViewModel;
import org.fourpi.toolkit.home.HomeView;
import org.fourpi.toolkit.home.HomeViewModel;
import org.fourpi.toolkit.people.PeopleImportView;
import org.fourpi.toolkit.people.PeopleListView;
import org.fourpi.toolkit.people.PeopleView;
import org.fourpi.toolkit.people.PeopleViewModel;
import org.fourpi.toolkit.people.PersonEditorView;
import org.fourpi.toolkit.people.PresenceService;
import org.fourpi.toolkit.people.PresenceView;
import org.fourpi.toolkit.people.PresenceViewModel;
import org.fourpi.toolkit.payments.BudgetView;
import org.fourpi.toolkit.payments.BudgetViewModel;
import org.fourpi.toolkit.payments.ClaimEditorView;
import org.fourpi.toolkit.payments.ClaimEditorViewModel;
import org.fourpi.toolkit.meetings.MeetingEditorView;
import org.fourpi.toolkit.meetings.MeetingEditorViewModel;
import org.fourpi.toolkit.meetings.MeetingPackView;
import org.fourpi.toolkit.meetings.MeetingPackViewModel;
import org.fourpi.toolkit.meetings.MeetingsListView;
import org.fourpi.toolkit.meetings.MeetingsView;
import org.fourpi.toolkit.meetings.MeetingsViewModel;
import org.fourpi.toolkit.payments.ClaimsListView;
import org.fourpi.toolkit.payments.ClaimsListViewModel;
import org.fourpi.toolkit.payments.ClaimsView;
import org.fourpi.toolkit.payments.ClaimsViewModel;
import org.fourpi.toolkit.payments.PaymentPolicyView;
import org.fourpi.toolkit.payments.PaymentPolicyViewModel;
import org.fourpi.toolkit.payments.PaymentStatementView;
import org.fourpi.toolkit.payments.PaymentStatementViewModel;
import org.fourpi.toolkit.payments.PaymentsView;
import org.fourpi.toolkit.payments.PersonChoice;
import org.fourpi.toolkit.payments.PersonPaymentsView;
import org.fourpi.toolkit.payments.PersonPaymentsViewModel;
import org.fourpi.toolkit.payments.TimelinessView;
import org.fourpi.toolkit.payments.TimelinessViewModel;
import org.fourpi.toolkit.privacy.PersonPrivacyView;
import org.fourpi.toolkit.privacy.PersonPrivacyViewModel;
import org.fourpi.toolkit.privacy.RetentionReviewView;
import org.fourpi.toolkit.privacy.RetentionReviewViewModel;
import org.fourpi.toolkit.settings.Appearance;
import org.fourpi.toolkit.settings.AppearanceView;
import org.fourpi.toolkit.settings.AppearanceViewModel;
import org.fourpi.toolkit.settings.OrganisationProfileView;
import org.fourpi.toolkit.settings.OrganisationProfileViewModel;
import org.fourpi.toolkit.settings.Theme;
import org.fourpi.toolkit.security.SecurityView;
import org.fourpi.toolkit.security.SecurityViewModel;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/**
 * The composition root of the window: builds every view model and view by hand from the services,
 * and shows the main window. The services, and the data folder under them, belong to the caller.
 */
public final class App extends Application {

    private static final String APP_CSS = App.class.getResource(Styles.STYLESHEET).toExternalForm();

    private final Services services;
    private final Messages messages;
    private final Appearance initialAppearance;
    private final Consumer<Stage> onShownWithData;
    private final Runnable onClosed;
    private final Function<Stage, DialogService> dialogsFor;
    private TaskExecutor executor;
    /**
     * What the screens do, on the JavaFX thread, once closing is confirmed: send what is still waiting to
     * be saved and tidy up, as background work that closing lets finish.
     */
    private final List<Runnable> whenClosing = new ArrayList<>();
    private Appearance currentAppearance;

    /**
     * @param services          the open services
     * @param appearance        the saved appearance, read before the window opens
     * @param onShownWithData   called once, when the main window first shows the saved data
     * @param onClosed          called when the main window has closed
     */
    public App(Services services, Messages messages, Appearance appearance, Consumer<Stage> onShownWithData,
               Runnable onClosed) {
        this(services, messages, appearance, onShownWithData, onClosed, null);
    }

    /**
     * @param dialogsFor the dialogs and file choosers for the window, in place of the computer's own (for
     *                   window tests that answer them); null for the computer's own
     */
    App(Services services, Messages messages, Appearance appearance, Consumer<Stage> onShownWithData,
        Runnable onClosed, Function<Stage, DialogService> dialogsFor) {
        this.services = services;
        this.messages = messages;
        this.initialAppearance = appearance;
        this.currentAppearance = appearance;
        this.onShownWithData = onShownWithData;
        this.onClosed = onClosed;
        this.dialogsFor = dialogsFor;
    }

    /**
     * What every window needs whatever the data holds, done on the JavaFX thread while the data opens: the
     * light theme (the usual one; a dark theme replaces it when the window opens) and the program's styles.
     */
    public static void prepare() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(new StackPane());
        scene.getStylesheets().add(APP_CSS);
        scene.getRoot().applyCss();
    }

    @Override
    public void start(Stage stage) {
        StackPane root = new StackPane();
        Scene scene = new Scene(root, 1100, 720);
        scene.getStylesheets().add(APP_CSS);

        DialogService dialogs = dialogsFor == null ? new FxDialogService(() -> stage, this::textStyle)
                : dialogsFor.apply(stage);
        ErrorReporter errors = new ErrorReporter(messages, services.folder().logFile(), Platform::runLater);
        errors.showDialogsWith(dialogs);
        Thread.currentThread().setUncaughtExceptionHandler(errors);
        executor = WorkerTaskExecutor.pooled(Platform::runLater, errors);
        ViewLoader loader = new ViewLoader(messages);

        AppearanceViewModel appearance = new AppearanceViewModel(services.preferences(), executor,
                initialAppearance, next -> applyAppearance(root, next));
        MainWindowViewModel window = new MainWindowViewModel(messages, dialogs,
                services.folder().root().toString());

        HomeViewModel home = new HomeViewModel(services.organisations(), services.preferences(),
                services.exampleData(), executor, dialogs, messages, () -> window.show(Section.SETTINGS));
        OrganisationProfileViewModel profile = new OrganisationProfileViewModel(services.organisations(), services.preferences(),
                executor, dialogs, messages);
        PaymentPolicyViewModel paymentPolicy = new PaymentPolicyViewModel(services.paymentPolicy(), executor,
                messages, services.clock());
        GlossaryViewModel glossary = new GlossaryViewModel(services.glossary(), executor, dialogs, messages);
        SecurityViewModel security = new SecurityViewModel(services.security(), executor, dialogs, messages,
                () -> closeIfConfirmed(stage, window));

        PeopleViewModel people = new PeopleViewModel(services.people(), services.equality(),
                services.peopleImport(), services.peopleExport(), executor, dialogs, messages,
                file -> getHostServices().showDocument(file.toUri().toString()));

        PersonPaymentsViewModel personPayments = new PersonPaymentsViewModel(services.paymentPreferences(),
                executor, messages);
        people.editor().onPersonShown(personPayments::show);
        people.editor().addUnsavedChangesCheck(personPayments::hasUnsavedChanges);
        PersonPrivacyViewModel personPrivacy = new PersonPrivacyViewModel(services.subjectAccess(),
                services.erasure(), executor, dialogs, messages, people::edit);
        people.editor().onPersonShown(personPrivacy::show);

        PresenceViewModel presence = new PresenceViewModel(
                new PresenceService(services.people(), services.equality()), executor, messages);
        Supplier<List<PersonChoice>> personChoices = () -> services.people().list().stream()
                .map(p -> new PersonChoice(p.id(), p.displayName())).toList();
        ClaimsViewModel claims = new ClaimsViewModel(
                new ClaimsListViewModel(services.claims(), services.paymentPolicy(), services.claimForms(),
                        personChoices, executor, dialogs, messages),
                new ClaimEditorViewModel(services.claims(), services.paymentPolicy(), services.paymentPreferences(),
                        personChoices, executor, dialogs, messages, services.clock(),
                        file -> getHostServices().showDocument(file.toUri().toString())));
        TimelinessViewModel timeliness = new TimelinessViewModel(services.timeliness(), executor, messages,
                LocalDate.now(services.clock()));
        BudgetViewModel budget = new BudgetViewModel(services.budget(), executor, dialogs, messages,
                LocalDate.now(services.clock()));
        PaymentStatementViewModel statements = new PaymentStatementViewModel(services.paymentStatements(),
                services.paymentLedgerExport(), services.paymentStatementPdf(),
                personChoices,
                executor, dialogs, messages);
        MeetingsViewModel meetings = new MeetingsViewModel(services.meetings(),
                new MeetingEditorViewModel(services.meetings(), personChoices, executor, dialogs, messages,
                        services.clock(), file -> getHostServices().showDocument(file.toUri().toString())),
                executor, messages, services.clock());
        whenClosing.add(meetings.editor()::discardUnsavedPapers);
        MeetingPackViewModel meetingPack = new MeetingPackViewModel(services.meetingPacks(), services.meetings(),
                meetings.editor().meetingIdProperty(), () -> meetings.editor().titleProperty().get(), executor,
                dialogs, messages, services.clock(), meetings.editor()::refreshPlan);
        Map<AssessmentSectionView.Part, Parent> assessmentParts = new EnumMap<>(AssessmentSectionView.Part.class);
        Map<AssessmentSectionView.Part, Runnable> assessmentPartShown = new EnumMap<>(AssessmentSectionView.Part.class);
        // Each tab's content goes into the first map when the section is first shown, before it is loaded.
        AssessmentSectionView assessmentSection = new AssessmentSectionView(assessmentParts,
                part -> assessmentPartShown.getOrDefault(part, () -> { }).run());
        AssessmentResultsViewModel assessmentResults = new AssessmentResultsViewModel(services.assessments(),
                services.assessmentExport(), services.assessmentReport(), executor, dialogs, messages);
        assessmentPartShown.put(AssessmentSectionView.Part.RESULTS, assessmentResults::refresh);
        ResponseFormsViewModel responseForms = new ResponseFormsViewModel(services.assessments(),
                services.responseForms(), services.responseFormPdf(), executor, dialogs, messages);
        assessmentPartShown.put(AssessmentSectionView.Part.FORMS, responseForms::refresh);
        WizardViewModel assessmentWizard = new WizardViewModel(services.assessments(), services.evidence(),
                () -> services.people().list().stream()
                        .map(p -> new WizardPerson(p.id(), p.displayName(), p.perspective())).toList(),
                executor, dialogs, messages, services.clock(),
                id -> {
                    assessmentResults.show(id);
                    assessmentSection.show(AssessmentSectionView.Part.RESULTS);
                });
        AssessmentsViewModel assessments = new AssessmentsViewModel(services.assessments(), assessmentWizard,
                executor, dialogs, messages);
        assessmentPartShown.put(AssessmentSectionView.Part.ASSESSMENTS, assessments::shown);
        whenClosing.add(assessmentWizard::saveEverythingNow);
        RetentionReviewViewModel retention = new RetentionReviewViewModel(services.retention(), executor, dialogs,
                messages);
        BackupSettingsViewModel backups = new BackupSettingsViewModel(services.backups(), executor, dialogs, messages,
                () -> {
                    whenClosing.forEach(Runnable::run);
                    stage.hide();
                });
        AuditLogViewModel auditLog = new AuditLogViewModel(services.audit(), services.auditExport(),
                executor, dialogs, messages, services.clock());

        // Each page is loaded the first time its section is shown: loading them all would hold up the window.
        Map<Section, Supplier<Parent>> pages = new EnumMap<>(Section.class);
        pages.put(Section.HOME, once(() -> loader.load(new HomeView(home))));
        pages.put(Section.PEOPLE, once(() -> loader.load(new PeopleView(people,
                loader.load(new PeopleListView(people.list(), messages, people::startImport)),
                loader.load(new PersonEditorView(people.editor(), messages,
                        loader.load(new PersonPaymentsView(personPayments, messages)),
                        loader.load(new PersonPrivacyView(personPrivacy, messages)))),
                loader.load(new PeopleImportView(people.importing(), messages)),
                loader.load(new PresenceView(presence, messages)), presence::refresh))));
        pages.put(Section.PAYMENTS, once(() -> {
            Map<PaymentsView.Part, Parent> paymentParts = new EnumMap<>(PaymentsView.Part.class);
            Map<PaymentsView.Part, Runnable> paymentPartShown = new EnumMap<>(PaymentsView.Part.class);
            paymentParts.put(PaymentsView.Part.CLAIMS, loader.load(new ClaimsView(claims,
                    loader.load(new ClaimsListView(claims.list(), messages)),
                    loader.load(new ClaimEditorView(claims.editor(), messages)))));
            paymentPartShown.put(PaymentsView.Part.CLAIMS, claims::shown);
            paymentParts.put(PaymentsView.Part.TIMELINESS, loader.load(new TimelinessView(timeliness, messages)));
            paymentPartShown.put(PaymentsView.Part.TIMELINESS, timeliness::refresh);
            paymentParts.put(PaymentsView.Part.BUDGET, loader.load(new BudgetView(budget, messages)));
            paymentPartShown.put(PaymentsView.Part.BUDGET, budget::refresh);
            paymentParts.put(PaymentsView.Part.STATEMENTS, loader.load(new PaymentStatementView(statements, messages)));
            paymentPartShown.put(PaymentsView.Part.STATEMENTS, statements::refresh);
            return loader.load(new PaymentsView(paymentParts,
                    part -> paymentPartShown.getOrDefault(part, () -> { }).run()));
        }));
        pages.put(Section.MEETINGS, once(() -> {
            MeetingEditorView meetingEditor = new MeetingEditorView(meetings.editor(), messages);
            Parent meetingEditorPage = loader.load(meetingEditor);
            meetingEditor.packActions().getChildren().add(loader.load(new MeetingPackView(meetingPack, messages)));
            return loader.load(new MeetingsView(meetings,
                    loader.load(new MeetingsListView(meetings)), meetingEditorPage));
        }));
        pages.put(Section.ASSESSMENT, once(() -> {
            assessmentParts.put(AssessmentSectionView.Part.RESULTS,
                    loader.load(new AssessmentResultsView(assessmentResults, messages)));
            assessmentParts.put(AssessmentSectionView.Part.FORMS,
                    loader.load(new ResponseFormsView(responseForms, messages)));
            assessmentParts.put(AssessmentSectionView.Part.ASSESSMENTS, loader.load(new AssessmentsView(assessments,
                    loader.load(new AssessmentsListView(assessments)),
                    loader.load(new WizardView(assessmentWizard, messages, loader.load(new WizardStartStepView(
                            assessmentWizard.start(), messages, assessmentWizard.readOnlyProperty())))))));
            return loader.load(assessmentSection);
        }));
        pages.put(Section.SETTINGS, once(() -> {
            VBox settings = new VBox(24, loader.load(new OrganisationProfileView(profile)),
                    loader.load(new PaymentPolicyView(paymentPolicy)),
                    loader.load(new GlossaryView(glossary)),
                    loader.load(new AppearanceView(appearance, messages)),
                    loader.load(new RetentionReviewView(retention, messages)),
                    loader.load(new SecurityView(security)),
                    loader.load(new BackupSettingsView(backups)),

                    loader.load(new AuditLogSettingsView(auditLog, messages, loader)));
            settings.getStyleClass().add(Styles.PAGE);
            return settings;
        }));
        for (Section section : Section.values()) {
            pages.computeIfAbsent(section, s -> once(() -> loader.load(
                    new NotBuiltView(messages.text(s.nameKey()), messages.text(s.notBuiltKey())))));
        }
        // The page is loaded before its section's work runs, as when every page was loaded at the start.
        BiConsumer<Section, Runnable> whenShown = (section, action) -> window.whenShown(section, () -> {
            pages.get(section).get();
            action.run();
        });
        whenShown.accept(Section.HOME, home::refresh);
        whenShown.accept(Section.SETTINGS, () -> {
            profile.load();
            paymentPolicy.load();
            glossary.load();
            retention.refresh();
            security.load();
            backups.load();
        });
        whenShown.accept(Section.PEOPLE, people::shown);
        whenShown.accept(Section.PAYMENTS, claims::shown);
        whenShown.accept(Section.MEETINGS, meetings::shown);
        whenShown.accept(Section.ASSESSMENT, assessmentSection::showAgain);
        window.addUnsavedChangesCheck(() -> profile.dirtyProperty().get());
        window.addUnsavedChangesCheck(people::hasUnsavedChanges);
        window.addUnsavedChangesCheck(budget::hasUnsavedChanges);
        window.addUnsavedChangesCheck(claims::hasUnsavedChanges);
        window.addUnsavedChangesCheck(meetings::hasUnsavedChanges);

        ExportAllViewModel exportAll = new ExportAllViewModel(services.exportAll(), executor, dialogs, messages,
                services.clock());
        MainWindowView mainView = new MainWindowView(window, appearance, pages,
                () -> closeIfConfirmed(stage, window), () -> showAbout(stage, loader), exportAll);
        Parent main = loader.load(mainView);
        mainView.addToFileMenu(BackupMenuItems.of(backups, messages));
        window.showStatusOf(backups.statusProperty());
        root.getChildren().add(main);

        home.loadedProperty().addListener((obs, was, is) -> {
            if (is && !was) {
                onShownWithData.accept(stage);
            }
        });

        stage.setTitle(messages.text("app.name"));
        stage.getIcons().add(new Image(App.class.getResourceAsStream("app/icon-256.png")));
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        stage.setOnCloseRequest(event -> {
            if (window.confirmClose()) {
                whenClosing.forEach(Runnable::run);
            } else {
                event.consume();
            }
        });
        stage.setOnHidden(event -> onClosed.run());
        stage.show();
        window.start();
    }

    /** Lets background work finish; it is never interrupted. */
    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
    }

    /** Builds a page the first time it is asked for, and gives the same page after that. */
    private static Supplier<Parent> once(Supplier<Parent> build) {
        Parent[] built = new Parent[1];
        return () -> {
            if (built[0] == null) {
                built[0] = build.get();
            }
            return built[0];
        };
    }

    private void closeIfConfirmed(Stage stage, MainWindowViewModel window) {
        if (window.confirmClose()) {
            whenClosing.forEach(Runnable::run);
            stage.hide();
        }
    }

    private void applyAppearance(Parent root, Appearance appearance) {
        currentAppearance = appearance;
        Application.setUserAgentStylesheet(appearance.theme() == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        root.setStyle(textStyle());
    }

    private String textStyle() {
        return String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", currentAppearance.fontSizePx());
    }

    private void showAbout(Stage stage, ViewLoader loader) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(messages.text("about.title"));
        dialog.getDialogPane().setContent(loader.load(new AboutView(messages.text("about.version", AppInfo.version()))));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().add(APP_CSS);
        dialog.getDialogPane().setStyle(textStyle());
        dialog.showAndWait();
    }
}
