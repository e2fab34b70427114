package org.fourpi.toolkit.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;

class ErrorReporterTest {

    @Test
    void tellsThePersonTheirDataIsSafeAndWhereTheLogIs() {
        RecordingDialogs dialogs = new RecordingDialogs();
        ErrorReporter reporter = new ErrorReporter(TestServices.MESSAGES, Path.of("/data/logs/toolkit.log"), Runnable::run);
        reporter.showDialogsWith(dialogs);

        reporter.uncaughtException(Thread.currentThread(), new IllegalStateException("boom"));

        assertThat(dialogs.shown()).singleElement().satisfies(shown -> {
            assertThat(shown.kind()).isEqualTo("error");
            assertThat(shown.title()).isEqualTo("Something went wrong");
            assertThat(shown.message()).contains("Everything you had already saved is safe")
                    .contains("/data/logs/toolkit.log");
        });
    }
}
