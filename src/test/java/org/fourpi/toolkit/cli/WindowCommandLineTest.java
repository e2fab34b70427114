package org.fourpi.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The window opens without building the whole command line when the arguments only open it; what it is
 * asked for is exactly what the full command line would ask for, and anything else goes through that.
 */
class WindowCommandLineTest {

    private static final List<String[]> WINDOW = List.of(
            new String[0],
            new String[] {"--exit-after-startup"},
            new String[] {"--data-dir", "checks", "--exit-after-startup"},
            new String[] {"--data-dir=/tmp/data", "--passphrase-file", "secret.txt"},
            new String[] {"--passphrase-file=secret.txt", "--data-dir", "My Data"});

    private static final List<String[]> NOT_ONLY_WINDOW = List.of(
            new String[] {"--data-dir", "/x", "check"},
            new String[] {"--data-dir", "check", "--exit-after-startup"},
            new String[] {"backup"},
            new String[] {"--help"},
            new String[] {"-V"},
            new String[] {"--data-dir"},
            new String[] {"--data-dir", "--exit-after-startup"},
            new String[] {"--data-dir", "a", "--data-dir", "b"},
            new String[] {"--exit-after-startup", "--exit-after-startup"},
            new String[] {"--data-dir="},
            new String[] {"--colour"});

    @Test
    void theWindowsOwnOptionsOpenTheWindowAsTheFullCommandLineWould() {
        for (String[] args : WINDOW) {
            RecordingCommandLine full = new RecordingCommandLine();
            RecordingCommandLine quick = new RecordingCommandLine();
            int fullCode = full.run(args);
            int quickCode = ToolkitCommand.execute(args, quick);

            assertThat(ToolkitCommand.opensWindow(args)).as(String.join(" ", args)).isTrue();
            assertThat(quick.calls).as(String.join(" ", args)).isEqualTo(full.calls)
                    .anyMatch(call -> call.startsWith("window "));
            assertThat(quickCode).isEqualTo(fullCode).isZero();
        }
    }

    @Test
    void aCommandHelpOrAMistakeGoesThroughTheFullCommandLine() {
        for (String[] args : NOT_ONLY_WINDOW) {
            RecordingCommandLine full = new RecordingCommandLine();
            RecordingCommandLine quick = new RecordingCommandLine();
            int fullCode = full.run(args);
            int quickCode = ToolkitCommand.execute(args, quick);

            assertThat(ToolkitCommand.opensWindow(args)).as(String.join(" ", args)).isFalse();
            assertThat(quick.calls).as(String.join(" ", args)).isEqualTo(full.calls);
            assertThat(quickCode).as(String.join(" ", args)).isEqualTo(fullCode);
        }
    }
}
