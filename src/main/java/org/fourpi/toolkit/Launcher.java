package org.fourpi.toolkit;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToIntFunction;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import org.fourpi.toolkit.app.Logging;
import org.fourpi.toolkit.app.StartupProblems;
import org.fourpi.toolkit.cli.AssessmentsConsole;
import org.fourpi.toolkit.cli.AuditConsole;
import org.fourpi.toolkit.cli.CommandActions;
import org.fourpi.toolkit.cli.ExportAllConsole;
import org.fourpi.toolkit.cli.MeetingsConsole;
import org.fourpi.toolkit.cli.PaymentsFileConsole;
import org.fourpi.toolkit.cli.PeopleFileConsole;
import org.fourpi.toolkit.cli.StartupOptions;
import org.fourpi.toolkit.cli.ToolkitCommand;
import org.fourpi.toolkit.common.db.DataFolder;
import org.fourpi.toolkit.common.db.DataFolderException;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.demo.ExampleDataService;
import org.fourpi.toolkit.settings.Appearance;
import org.slf4j.Logger;

import atlantafx.base.theme.PrimerLight;
import org.slf4j.LoggerFactory;

/**
 * The program's entry point: reads the command line, opens the data folder off the JavaFX thread,
 * then opens the window or runs the command asked for.
 */
public final class Launcher implements CommandActions {

    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);
    private static final int EXIT_NO_DISPLAY = 5;

    private final Messages messages;
    private final Clock clock;

    Launcher(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    public static void main(String[] args) {
        Launcher launcher = new Launcher(Messages.forLocale(Locale.getDefault()), Clock.systemDefaultZone());
        int code = ToolkitCommand.commandLine(launcher).execute(args);
        System.exit(code);
    }

    @Override
    public int openWindow(StartupOptions options) {
        Opened opened;
        try {
            opened = open(options.dataDir());
        } catch (DataFolderException problem) {
            System.err.println(StartupProblems.describe(problem, messages));
            if (!options.exitAfterStartup()) {
                showProblemDialog(problem);
            }
            return StartupProblems.exitCode(problem);
        }
        try (DataFolder folder = opened.folder(); Services services = opened.services()) {
            Appearance appearance = services.preferences().appearance();
            CountDownLatch closed = new CountDownLatch(1);
            App app = new App(services, messages, appearance, stage -> shownWithData(stage, options),
                    closed::countDown);
            AtomicReference<Throwable> failed = new AtomicReference<>();
            try {
                Platform.startup(() -> {
                    try {
                        app.start(new Stage());
                    } catch (RuntimeException | Error e) {
                        failed.set(e);
                        closed.countDown();
                    }
                });
            } catch (UnsupportedOperationException noDisplay) {
                LOG.error("No display for the window", noDisplay);
                System.err.println(messages.text("startup.noDisplay", noDisplay.getMessage()));
                return EXIT_NO_DISPLAY;
            }
            closed.await();
            Platform.exit();
            app.stop();
            if (failed.get() != null) {
                LOG.error("The main window could not open", failed.get());
                System.err.println(messages.text("startup.failed", opened.folder().logFile()));
                return 1;
            }
            return 0;
        } catch (InterruptedException e) {
            return 1;
        }
    }

    @Override
    public int addExampleData(Optional<Path> dataDir) {
        return withData(dataDir, services -> {
            try {
                services.exampleData().fill();
                services.preferences().markWelcomeDone();
                System.out.println(messages.text("cli.demoData.done", services.folder().root()));
                return 0;
            } catch (ExampleDataService.NotEmptyException e) {
                System.err.println(messages.text("cli.demoData.notEmpty", services.folder().root()));
                return 1;
            }
        });
    }

    @Override
    public int importPeople(Optional<Path> dataDir, Path file, boolean dryRun) {
        return withData(dataDir, services -> new PeopleFileConsole(messages, System.out, System.err)
                .importPeople(services.peopleImport(), file, dryRun));
    }

    @Override
    public int exportPeople(Optional<Path> dataDir, Path file, boolean withEquality) {
        return withData(dataDir, services -> new PeopleFileConsole(messages, System.out, System.err)
                .exportPeople(services.peopleExport(), file, withEquality));
    }

    @Override
    public int exportPayments(Optional<Path> dataDir, Path file, Optional<Integer> taxYear) {
        return withData(dataDir, services -> new PaymentsFileConsole(messages, System.out, System.err)
                .exportPayments(services.paymentLedgerExport(), file, taxYear));
    }

    @Override
    public int listMeetings(Optional<Path> dataDir) {
        return withData(dataDir, services -> new MeetingsConsole(messages, System.out, System.err)
                .listMeetings(services.meetings()));
    }

    @Override
    public int meetingPack(Optional<Path> dataDir, long meetingId, Path file, boolean largePrint) {
        return withData(dataDir, services -> new MeetingsConsole(messages, System.out, System.err)
                .meetingPack(services.meetings(), services.meetingPacks(), meetingId, file, largePrint));
    }

    @Override
    public int exportMeetings(Optional<Path> dataDir, Path file) {
        return withData(dataDir, services -> new MeetingsConsole(messages, System.out, System.err)
                .exportMeetings(services.meetingsExport(), file));
    }

    @Override
    public int exportAll(Optional<Path> dataDir, Path file, boolean withEquality) {
        return withData(dataDir, services -> new ExportAllConsole(messages, System.out, System.err)
                .exportAll(services.exportAll(), file, withEquality));
    }

    @Override
    public int exportAudit(Optional<Path> dataDir, Path file) {
        return withData(dataDir, services -> new AuditConsole(messages, System.out, System.err)
                .exportAudit(services.auditExport(), file));
    }

    @Override
    public int listAssessments(Optional<Path> dataDir) {
        return withData(dataDir, services -> new AssessmentsConsole(messages, System.out, System.err)
                .listAssessments(services.assessments()));
    }

    @Override
    public int exportAssessment(Optional<Path> dataDir, long assessmentId, Path file) {
        return withData(dataDir, services -> new AssessmentsConsole(messages, System.out, System.err)
                .exportAssessment(services.assessments(), services.assessmentExport(), services.assessmentReport(),
                        assessmentId, file));
    }

    /** Opens the data folder as the window would, runs a command on its services, and closes both. */
    private int withData(Optional<Path> dataDir, ToIntFunction<Services> command) {
        Opened opened;
        try {
            opened = open(dataDir);
        } catch (DataFolderException problem) {
            System.err.println(StartupProblems.describe(problem, messages));
            return StartupProblems.exitCode(problem);
        }
        try (DataFolder folder = opened.folder(); Services services = opened.services()) {
            return command.applyAsInt(services);
        }
    }

    private record Opened(DataFolder folder, Services services) {
    }

    private Opened open(Optional<Path> dataDir) {
        DataFolder folder = DataFolder.open(dataDir.orElseGet(DataFolder::defaultLocation));
        try {
            Logging.writeTo(folder.logFile());
            return new Opened(folder, new Services(folder, clock));
        } catch (RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    private static void shownWithData(Stage stage, StartupOptions options) {
        System.out.println("startup_ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
        if (options.exitAfterStartup()) {
            stage.hide();
        }
    }

    private void showProblemDialog(DataFolderException problem) {
        CountDownLatch shown = new CountDownLatch(1);
        try {
            // show(), not showAndWait(): the toolkit only starts drawing once this first task returns.
            Platform.startup(() -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                Alert alert = new Alert(Alert.AlertType.ERROR, StartupProblems.describe(problem, messages),
                        ButtonType.OK);
                alert.setTitle(messages.text("app.name"));
                alert.setHeaderText(StartupProblems.title(problem, messages));
                alert.setOnHidden(event -> shown.countDown());
                alert.show();
            });
            shown.await();
            Platform.exit();
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // No screen to show it on: the message is already on standard error.
        } catch (InterruptedException e) {
            // The program is ending anyway.
        }
    }
}
