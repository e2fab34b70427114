package org.fourpi.toolkit.cli;

import java.util.concurrent.Callable;

import org.fourpi.toolkit.app.AppInfo;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The program's command line: with no command it opens the window. */
@Command(name = "involvement-toolkit",
        mixinStandardHelpOptions = true,
        versionProvider = ToolkitCommand.Version.class,
        description = {"The 4PI Involvement Toolkit helps small organisations involve mental-health",
                "service users and carers well, using the 4PI National Involvement Standards (NSUN, 2013).",
                "With no command, it opens its window."},
        sortOptions = false)
public final class ToolkitCommand implements Callable<Integer> {

    private final CommandActions actions;

    @Mixin
    private DataDirOption dataDir;

    @Option(names = "--exit-after-startup",
            description = "Open the window, print startup_ms=N once it shows its data, then exit.")
    private boolean exitAfterStartup;

    public ToolkitCommand(CommandActions actions) {
        this.actions = actions;
    }

    /** The full command line, with its commands, ready to execute. */
    public static CommandLine commandLine(CommandActions actions) {
        ToolkitCommand top = new ToolkitCommand(actions);
        return new CommandLine(top).addSubcommand(new DemoDataCommand(actions, top));
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
