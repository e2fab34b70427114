package org.fourpi.toolkit;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.fourpi.toolkit.app.FxToolkit;
import org.fourpi.toolkit.app.Logging;
import org.fourpi.toolkit.app.StartupProblems;
import org.fourpi.toolkit.backup.RestoreSwap;
import org.fourpi.toolkit.cli.AssessmentsConsole;
import org.fourpi.toolkit.cli.AuditConsole;
import org.fourpi.toolkit.cli.BackupConsole;
import org.fourpi.toolkit.cli.CommandActions;
import org.fourpi.toolkit.cli.ExportAllConsole;
import org.fourpi.toolkit.cli.MeetingsConsole;
import org.fourpi.toolkit.cli.PaymentsFileConsole;
import org.fourpi.toolkit.cli.PeopleFileConsole;
import org.fourpi.toolkit.cli.StartupOptions;
import org.fourpi.toolkit.cli.ToolkitCommand;
import org.fourpi.toolkit.common.db.DataFolder;
import org.fourpi.toolkit.common.db.DataFolderException;
import org.fourpi.toolkit.common.db.DataKey;
import org.fourpi.toolkit.common.ui.ErrorReporter;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Styles;
import org.fourpi.toolkit.common.ui.TaskExecutor;
import org.fourpi.toolkit.common.ui.ViewLoader;
import org.fourpi.toolkit.common.ui.WorkerTaskExecutor;
import org.fourpi.toolkit.security.DataProtection;
import org.fourpi.toolkit.security.PassphraseFile;
import org.fourpi.toolkit.security.SecurityService;
import org.fourpi.toolkit.security.UnlockView;
import org.fourpi.toolkit.security.UnlockViewModel;
import org.fourpi.toolkit.security.WrongPassphraseException;
import org.fourpi.toolkit.demo.ExampleDataService;
import org.fourpi.toolkit.settings.Appearance;
import org.slf4j.Logger;

import org.slf4j.LoggerFactory;

/**
 * The program's entry point: reads the command line, opens the data folder off the JavaFX thread,
 * then opens the window or runs the command asked for.
 */
public final class Launcher implements CommandActions {

    private static final int EXIT_NO_DISPLAY = 5;
    /** The data is protected and the passphrase was wrong or not given. */
    private static final int EXIT_LOCKED = 6;
    /** Set only by the installer's build when it trains the AOT cache on a scratch data folder. */
    private static final String TRAINING_RUN = "toolkit.trainingRun";

    private final Messages messages;
    private final Clock clock;
    private final FxToolkit toolkit = new FxToolkit();
    private Path passphraseFile;

    Launcher(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    public static void main(String[] args) {
        Launcher launcher = new Launcher(Messages.forLocale(Locale.getDefault()), Clock.systemDefaultZone());
        // The log is set up before another thread can write to it: a thread writing while it is being set up
        // would get a stand-in, and the log file could then be left out.
        LoggerFactory.getILoggerFactory();
        if (ToolkitCommand.opensWindow(args)) {
            // Ready sooner: the window's toolkit starts on its own thread now, while the data folder opens.
            launcher.toolkit.startInBackground(App::prepare);
        }
        int code = ToolkitCommand.execute(args, launcher);
        System.exit(code);
    }

    @Override
    public void usePassphraseFile(Path file) {
        this.passphraseFile = file;
    }

    @Override
    public int openWindow(StartupOptions options) {
        // The toolkit gets ready on its own thread while the data folder and the database open.
        toolkit.startInBackground(App::prepare);
        DataFolder folder;
        try {
            folder = openFolder(options.dataDir());
        } catch (DataFolderException problem) {
            return refuseToStart(problem, options);
        }
        try (folder) {
            DataKey key = DataKey.NONE;
            if (DataProtection.isProtected(folder.root()) && passphraseFile != null) {
                try {
                    key = unlockForCommand(folder.root());
                } catch (NotUnlocked problem) {
                    System.err.println(problem.getMessage());
                    toolkit.exit();
                    return problem.exitCode;
                }
            } else if (DataProtection.isProtected(folder.root())) {
                Optional<DataKey> unlocked;
                try {
                    unlocked = unlockInWindow(folder);
                } catch (UnsupportedOperationException noDisplay) {
                    return noDisplay(noDisplay);
                }
                if (unlocked.isEmpty()) {
                    toolkit.exit();
                    return EXIT_LOCKED;
                }
                key = unlocked.get();
            }
            while (true) {
                Services services;
                try {
                    services = new Services(folder, clock, System.getProperty("user.name", ""), key);
                } catch (DataFolderException problem) {
                    return refuseToStart(problem, options);
                }
                Optional<SecurityService.Protection> protect;
                try (services) {
                    int code = runWindow(services, options);
                    if (code != 0) {
                        toolkit.exit();
                        return code;
                    }
                    protect = services.security().pendingProtection();
                }
                if (protect.isEmpty()) {
                    break;
                }
                key = protect(folder, protect.get());
            }
            toolkit.exit();
            finishRestore(folder);
            return 0;
        } catch (InterruptedException e) {
            return 1;
        }
    }

    /** The data folder or its database cannot be opened: says why, in a window too unless only starting. */
    private int refuseToStart(DataFolderException problem, StartupOptions options) {
        System.err.println(StartupProblems.describe(problem, messages));
        if (!options.exitAfterStartup()) {
            showProblemDialog(problem);
        }
        toolkit.exit();
        return StartupProblems.exitCode(problem);
    }

    private int noDisplay(UnsupportedOperationException noDisplay) {
        log().error("No display for the window", noDisplay);
        System.err.println(messages.text("startup.noDisplay", noDisplay.getMessage()));
        return EXIT_NO_DISPLAY;
    }

    /**
     * Turns encryption on once the window and the database are closed, with a small window that says so;
     * the main window then opens again.
     */
    private DataKey protect(DataFolder folder, SecurityService.Protection protection) {
        String working = messages.text("startup.protecting", folder.root());
        System.out.println(working);
        AtomicReference<Stage> waiting = new AtomicReference<>();
        Platform.runLater(() -> waiting.set(showWaiting(working)));
        boolean failed = false;
        try {
            DataProtection.turnOn(folder, protection.key(), protection.keyFile(), step -> { });
            System.out.println(messages.text("startup.protected"));
        } catch (RuntimeException e) {
            log().error("The data could not be protected", e);
            failed = true;
            try {
                DataProtection.finishInterrupted(folder.root());
            } catch (RuntimeException again) {
                log().error("Finishing or undoing the protection failed; the next start tries again", again);
            }
        }
        boolean isProtected = DataProtection.isProtected(folder.root());
        boolean tellFailure = failed && !isProtected;
        if (tellFailure) {
            System.err.println(messages.text("startup.protectFailed", folder.logFile()));
        }
        Platform.runLater(() -> {
            if (waiting.get() != null) {
                waiting.get().hide();
            }
            if (tellFailure) {
                Alert alert = new Alert(Alert.AlertType.ERROR, messages.text("startup.protectFailed", folder.logFile()),
                        ButtonType.OK);
                alert.setTitle(messages.text("app.name"));
                alert.setHeaderText(messages.text("security.title"));
                alert.show();
            }
        });
        return isProtected ? protection.key() : DataKey.NONE;
    }

    private Stage showWaiting(String words) {
        Label text = new Label(words);
        text.setWrapText(true);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setAccessibleText(words);
        VBox box = new VBox(12, text, spinner);
        box.getStyleClass().add(Styles.PAGE);
        box.setPrefWidth(440);
        Scene scene = new Scene(box);
        scene.getStylesheets().add(App.class.getResource(Styles.STYLESHEET).toExternalForm());
        Stage stage = new Stage();
        stage.setTitle(messages.text("app.name"));
        stage.setScene(scene);
        // Closing it early changes nothing: the work goes on and the main window opens when it is done.
        stage.show();
        return stage;
    }

    /** Shows the main window for the services and waits until it closes; returns the exit code. */
    private int runWindow(Services services, StartupOptions options) throws InterruptedException {
        Appearance appearance = services.preferences().appearance();
        CountDownLatch closed = new CountDownLatch(1);
        // The daily backup starts once the window shows the data, so as not to slow the start, and runs
        // beside it; closing waits for it before the closing backup.
        AtomicReference<Thread> dailyBackup = new AtomicReference<>();
        App app = new App(services, messages, appearance, stage -> {
            dailyBackup.set(Thread.ofVirtual().name("daily-backup").start(() -> automaticBackup(services, true)));
            shownWithData(stage, options);
        }, closed::countDown);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        try {
            toolkit.run(() -> {
                try {
                    app.start(new Stage());
                } catch (RuntimeException | Error e) {
                    failed.set(e);
                    closed.countDown();
                }
            });
        } catch (UnsupportedOperationException noDisplay) {
            return noDisplay(noDisplay);
        }
        closed.await();
        app.stop();
        if (dailyBackup.get() != null) {
            dailyBackup.get().join();
        }
        if (!RestoreSwap.pending(services.folder().root())) {
            automaticBackup(services, false);
        }
        if (failed.get() != null) {
            log().error("The main window could not open", failed.get());
            System.err.println(messages.text("startup.failed", services.folder().logFile()));
            return 1;
        }
        return 0;
    }

    /** Starts the toolkit and asks for the passphrase in a small window; empty when the person quits. */
    private Optional<DataKey> unlockInWindow(DataFolder folder) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<DataKey> key = new AtomicReference<>();
        AtomicReference<TaskExecutor> executor = new AtomicReference<>();
        toolkit.run(() -> {
            Stage stage = new Stage();
            executor.set(WorkerTaskExecutor.pooled(Platform::runLater, new ErrorReporter(messages,
                    folder.logFile(), Platform::runLater)));
            UnlockViewModel viewModel = new UnlockViewModel(
                    passphrase -> DataProtection.unlock(folder.root(), passphrase), executor.get(), messages,
                    folder.root().toString(),
                    unlocked -> {
                        key.set(unlocked);
                        stage.hide();
                    },
                    stage::hide);
            stage.setTitle(messages.text("unlock.title"));
            stage.getIcons().add(new Image(App.class.getResourceAsStream("app/icon-256.png")));
            Scene scene = new Scene(new ViewLoader(messages).load(new UnlockView(viewModel)));
            scene.getStylesheets().add(App.class.getResource(Styles.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.setOnHidden(event -> done.countDown());
            stage.show();
        });
        done.await();
        if (executor.get() != null) {
            executor.get().shutdown();
        }
        return Optional.ofNullable(key.get());
    }

    /** An automatic backup, logged when it fails: the window has no place to say so by then. */
    private static void automaticBackup(Services services, boolean onlyWhenDue) {
        try {
            if (onlyWhenDue) {
                services.backups().backupIfDue();
            } else {
                services.backups().backupOnClose();
            }
        } catch (RuntimeException e) {
            // A BackupProblem says why; anything else is logged the same way, as closing must go on.
            log().warn("The automatic backup was not made", e);
        }
    }

    /**
     * Finishes a restore left under way before the database is opened: opened half swapped, it could look
     * empty. When it cannot be finished now, the data is reported unreadable and the next start tries again.
     */
    private static void finishRestoreBeforeOpening(DataFolder folder) {
        try {
            if (RestoreSwap.finish(folder.root()) == RestoreSwap.Outcome.FINISHED) {
                log().info("A restore from backup that was under way has been finished");
            }
        } catch (UncheckedIOException e) {
            throw new DataFolderException(DataFolderException.Reason.UNREADABLE, folder.root(), e);
        }
    }

    /** Finishes a restore made ready in the window, now that the database is closed. */
    private static void finishRestore(DataFolder folder) {
        try {
            RestoreSwap.Outcome outcome = RestoreSwap.finish(folder.root());
            if (outcome != RestoreSwap.Outcome.NOTHING) {
                log().info("Restore from backup: {}", outcome);
            }
        } catch (RuntimeException e) {
            log().error("The restore could not be finished; it will be finished at the next start", e);
        }
    }

    @Override
    public int backup(Optional<Path> dataDir, Optional<Path> folder) {
        return withData(dataDir, services -> new BackupConsole(messages, System.out, System.err)
                .backup(services.backups(), folder));
    }

    @Override
    public int restore(Optional<Path> dataDir, Path file, boolean yes) {
        BackupConsole console = new BackupConsole(messages, System.out, System.err);
        int ready = -1;
        return withData(dataDir, services -> {
            BackupConsole.RestoreAnswer answer = console.prepareRestore(services.backups(), file, yes,
                    new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())));
            return answer.ready() ? ready : answer.exitCode();
        }, (folder, code) -> {
            if (code != ready) {
                return code;
            }
            // The database is closed now, so the backup's data can take its place.
            RestoreSwap.finish(folder.root());
            return console.restored(file);
        });
    }

    @Override
    public int check(Optional<Path> dataDir) {
        return withData(dataDir, services -> new BackupConsole(messages, System.out, System.err)
                .check(services.integrityCheck()));
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

    /**
     * Opens the data folder as the window would (asking for the passphrase when the data is protected),
     * runs a command on its services, and closes both.
     */
    private int withData(Optional<Path> dataDir, ToIntFunction<Services> command) {
        return withData(dataDir, command, (folder, code) -> code);
    }

    /**
     * As {@link #withData(Optional, ToIntFunction)}, then, with the services closed and the folder still
     * locked, {@code afterClosing} is given the folder and the command's exit code and gives the final one.
     */
    private int withData(Optional<Path> dataDir, ToIntFunction<Services> command,
            BiFunction<DataFolder, Integer, Integer> afterClosing) {
        DataFolder folder;
        try {
            folder = openFolder(dataDir);
        } catch (DataFolderException problem) {
            System.err.println(StartupProblems.describe(problem, messages));
            return StartupProblems.exitCode(problem);
        }
        try (folder) {
            DataKey key;
            try {
                key = unlockForCommand(folder.root());
            } catch (NotUnlocked problem) {
                System.err.println(problem.getMessage());
                return problem.exitCode;
            }
            int code;
            try (Services services = new Services(folder, clock, System.getProperty("user.name", ""), key)) {
                code = command.applyAsInt(services);
            }
            return afterClosing.apply(folder, code);
        } catch (DataFolderException problem) {
            System.err.println(StartupProblems.describe(problem, messages));
            return StartupProblems.exitCode(problem);
        }
    }

    /**
     * The log, asked for when something is to be written: setting it up is left out of the first moments of a
     * start, while the window's toolkit gets ready.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(Launcher.class);
    }

    /** Locks the data folder, starts its log, and finishes or undoes a conversion a crash cut short. */
    private DataFolder openFolder(Optional<Path> dataDir) {
        DataFolder folder = DataFolder.open(dataDir.orElseGet(DataFolder::defaultLocation));
        try {
            Logging.writeTo(folder.logFile());
            DataProtection.finishInterrupted(folder.root());
            finishRestoreBeforeOpening(folder);
            return folder;
        } catch (RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    /** The data could not be unlocked for a command; the message says why. */
    private static final class NotUnlocked extends Exception {
        private final int exitCode;

        NotUnlocked(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }
    }

    /**
     * The key for a command: none for plain data; for protected data the passphrase from the file named by
     * --passphrase-file, or typed at the console (not echoed), three tries.
     */
    private DataKey unlockForCommand(Path root) throws NotUnlocked {
        if (!DataProtection.isProtected(root)) {
            return DataKey.NONE;
        }
        if (passphraseFile != null) {
            char[] secret;
            try {
                secret = PassphraseFile.read(passphraseFile);
            } catch (IOException e) {
                throw new NotUnlocked(messages.text("cli.passphrase.unreadable", passphraseFile), EXIT_LOCKED);
            }
            try {
                return tryUnlock(root, secret);
            } catch (WrongPassphraseException e) {
                throw new NotUnlocked(messages.text("cli.passphrase.wrong"), EXIT_LOCKED);
            }
        }
        Console console = System.console();
        if (console == null || !console.isTerminal()) {
            throw new NotUnlocked(messages.text("cli.passphrase.needed", root), EXIT_LOCKED);
        }
        for (int tries = 0; tries < 3; tries++) {
            char[] secret = console.readPassword("%s", messages.text("cli.passphrase.prompt", root));
            if (secret == null) {
                break;
            }
            try {
                return tryUnlock(root, secret);
            } catch (WrongPassphraseException e) {
                console.printf("%s%n", messages.text("cli.passphrase.wrong"));
            }
        }
        throw new NotUnlocked(messages.text("cli.passphrase.wrong"), EXIT_LOCKED);
    }

    private DataKey tryUnlock(Path root, char[] secret) throws WrongPassphraseException, NotUnlocked {
        try {
            return DataProtection.unlock(root, secret);
        } catch (IllegalArgumentException | java.io.UncheckedIOException damaged) {
            log().error("The key file could not be read", damaged);
            throw new NotUnlocked(messages.text("startup.keyFileDamaged", root), StartupProblems.EXIT_UNREADABLE);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private static void shownWithData(Stage stage, StartupOptions options) {
        System.out.println("startup_ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
        if (Boolean.getBoolean(TRAINING_RUN)) {
            // The installer's training run ends here, so that its AOT cache holds what a start needs and no
            // more (not the closing backup's classes, which every start would otherwise load).
            System.exit(0);
        }
        if (options.exitAfterStartup()) {
            stage.hide();
        }
    }

    private void showProblemDialog(DataFolderException problem) {
        CountDownLatch shown = new CountDownLatch(1);
        try {
            toolkit.run(() -> {
                Alert alert = new Alert(Alert.AlertType.ERROR, StartupProblems.describe(problem, messages),
                        ButtonType.OK);
                alert.setTitle(messages.text("app.name"));
                alert.setHeaderText(StartupProblems.title(problem, messages));
                alert.setOnHidden(event -> shown.countDown());
                alert.show();
            });
            shown.await();
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // No screen to show it on: the message is already on standard error.
        } catch (InterruptedException e) {
            // The program is ending anyway.
        }
    }
}
