package org.fourpi.toolkit.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.fourpi.toolkit.app.AppInfo;
import org.fourpi.toolkit.common.ui.Messages;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The program's command line: with no command it opens the window. */
@Command(name = "involvement-toolkit",
        mixinStandardHelpOptions = true,
        versionProvider = ToolkitCommand.Version.class,
        resourceBundle = Messages.BUNDLE,
        sortOptions = false)
public final class ToolkitCommand implements Callable<Integer> {

    private final CommandActions actions;

    @Mixin
    private DataDirOption dataDir;

    @Option(names = "--exit-after-startup", descriptionKey = "cli.option.exitAfterStartup")
    private boolean exitAfterStartup;

    @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "cli.option.passphraseFile")
    private void passphraseFile(java.nio.file.Path file) {
        actions.usePassphraseFile(file);
    }

    public ToolkitCommand(CommandActions actions) {
        this.actions = actions;
    }

    /**
     * Runs the command line. When the arguments only open the window, it opens straight away, without
     * building the whole command line first (that took a noticeable part of each start); anything else,
     * including a mistake in the window's own options, goes through the full command line and its messages.
     */
    public static int execute(String[] args, CommandActions actions) {
        Optional<StartupOptions> window = windowOptions(args, actions);
        return window.isPresent() ? actions.openWindow(window.get()) : commandLine(actions).execute(args);
    }

    /** Whether these arguments open the window: nothing but the window's own options, each once, well formed. */
    public static boolean opensWindow(String[] args) {
        return windowOptions(args, null).isPresent();
    }

    /**
     * The window's options when the arguments hold nothing else; the passphrase file goes to the actions
     * when they are given. Empty for a command, help, or anything the full command line should judge.
     */
    private static Optional<StartupOptions> windowOptions(String[] args, CommandActions actions) {
        Map<String, String> values = new HashMap<>();
        boolean exitAfterStartup = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--exit-after-startup")) {
                if (exitAfterStartup) {
                    return Optional.empty();
                }
                exitAfterStartup = true;
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!name.equals("--data-dir") && !name.equals("--passphrase-file") || values.containsKey(name)) {
                return Optional.empty();
            }
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                    : i + 1 < args.length ? args[++i] : null;
            if (value == null || value.isEmpty() || value.startsWith("-") || isCommandName(value)) {
                return Optional.empty();
            }
            values.put(name, value);
        }
        Optional<Path> dataDir;
        Optional<Path> passphraseFile;
        try {
            dataDir = Optional.ofNullable(values.get("--data-dir")).map(Path::of);
            passphraseFile = Optional.ofNullable(values.get("--passphrase-file")).map(Path::of);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (actions != null) {
            passphraseFile.ifPresent(actions::usePassphraseFile);
        }
        return Optional.of(new StartupOptions(dataDir, exitAfterStartup));
    }

    /** The commands, in the order the help lists them; each is made from the actions and this command. */
    private static final List<Class<?>> COMMANDS = List.of(DemoDataCommand.class, ImportPeopleCommand.class,
            ExportPeopleCommand.class, ExportPaymentsCommand.class, ListMeetingsCommand.class,
            MeetingPackCommand.class, ExportMeetingsCommand.class, ListAssessmentsCommand.class,
            ExportAssessmentCommand.class, ExportAllCommand.class, BackupCommand.class, RestoreCommand.class,
            CheckCommand.class, ExportAuditCommand.class);

    /** The full command line, with its commands, ready to execute. */
    public static CommandLine commandLine(CommandActions actions) {
        ToolkitCommand top = new ToolkitCommand(actions);
        CommandLine line = new CommandLine(top);
        for (Class<?> command : COMMANDS) {
            try {
                line.addSubcommand(command.getDeclaredConstructor(CommandActions.class, ToolkitCommand.class)
                        .newInstance(actions, top));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("The command " + command.getSimpleName() + " cannot be made", e);
            }
        }
        return line;
    }

    /** Whether a word is the name of a command (the full command line reads it as one, not as a value). */
    private static boolean isCommandName(String word) {
        return COMMANDS.stream().anyMatch(c -> c.getAnnotation(Command.class).name().equals(word));
    }

    @Override
    public Integer call() {
        return actions.openWindow(new StartupOptions(dataDir.value(), exitAfterStartup));
    }

    DataDirOption dataDir() {
        return dataDir;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"4PI Involvement Toolkit " + AppInfo.version()};
        }
    }
}
