package org.fourpi.toolkit.cli;

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

    /** The full command line, with its commands, ready to execute. */
    public static CommandLine commandLine(CommandActions actions) {
        ToolkitCommand top = new ToolkitCommand(actions);
        return new CommandLine(top).addSubcommand(new DemoDataCommand(actions, top))
                .addSubcommand(new ImportPeopleCommand(actions, top))
                .addSubcommand(new ExportPeopleCommand(actions, top))
                .addSubcommand(new ExportPaymentsCommand(actions, top))
                .addSubcommand(new ListMeetingsCommand(actions, top))
                .addSubcommand(new MeetingPackCommand(actions, top))
                .addSubcommand(new ExportMeetingsCommand(actions, top))
                .addSubcommand(new ListAssessmentsCommand(actions, top))
                .addSubcommand(new ExportAssessmentCommand(actions, top))
                .addSubcommand(new ExportAllCommand(actions, top))
                .addSubcommand(new BackupCommand(actions, top))
                .addSubcommand(new RestoreCommand(actions, top))
                .addSubcommand(new CheckCommand(actions, top))
                .addSubcommand(new ExportAuditCommand(actions, top));
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
