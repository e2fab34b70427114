package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.fourpi.toolkit.testing.FxThreadWatch;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;

/** The watch used by the tour of the window reports a file read and a query on the JavaFX thread. */
class FxThreadWatchUiTest extends WindowTest {

    @Test
    void reportsAFileReadAndAQueryOnTheJavaFxThreadButNotOnOtherThreads() throws Exception {
        test = TestServices.open(temp.resolve("data"));
        Path notes = Files.writeString(temp.resolve("data").resolve("notes.txt"), "Meeting notes");
        AtomicReference<Throwable> refused = new AtomicReference<>();

        FxThreadWatch watch = FxThreadWatch.start(temp.resolve("data"));
        Files.readString(notes);
        test.services().people().list();
        robot.interact(() -> {
            try {
                Files.readString(notes);
                test.services().people().list();
            } catch (Exception | Error e) {
                refused.set(e);
            }
        });
        List<String> found = watch.stop();

        assertThat(refused.get()).as("the query is refused on the JavaFX thread")
                .isInstanceOf(IllegalStateException.class);
        assertThat(found).as("one report each").hasSize(2);
        assertThat(found.get(0)).startsWith("Refused: Database work on the JavaFX Application Thread: select")
                .contains("PeopleService.list");
        assertThat(found.get(1)).startsWith("File Read on the JavaFX thread: " + notes.toAbsolutePath())
                .contains(FxThreadWatchUiTest.class.getName());
    }
}
