package org.fourpi.toolkit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds every broken or hostile file of the corpus to every way in that would be offered it: each is
 * refused with a message naming the problem (or, where the file is really fine, read correctly),
 * the database is unchanged by a refusal, and nothing takes longer than a few seconds.
 */
class HostileFilesTest {

    /** Far more than any file needs; a file that takes longer has made the program hang. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir static Path temp;
    private static HostileIntake intake;
    private static List<HostileFiles.HostileFile> corpus;
    private static ExecutorService worker;

    @BeforeAll
    static void makeTheCorpus() throws IOException {
        corpus = HostileFiles.make(java.nio.file.Files.createDirectories(temp.resolve("files")), false);
        intake = new HostileIntake(temp.resolve("data"), java.nio.file.Files.createDirectories(temp.resolve("out")));
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "hostile-file");
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterAll
    static void close() {
        worker.shutdown();
        intake.close();
    }

    @Test
    void holdsAtLeastFiftyFilesCoveringEveryWayIn() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(50);
        assertThat(corpus.stream().flatMap(f -> f.expected().keySet().stream()).distinct())
                .containsExactlyInAnyOrder(HostileFiles.Use.values());
    }

    @TestFactory
    List<DynamicTest> refusesEachFileWithAReasonAndLeavesTheDatabaseAsItWas() {
        List<DynamicTest> tests = new ArrayList<>();
        for (HostileFiles.HostileFile file : corpus) {
            for (Map.Entry<HostileFiles.Use, HostileFiles.Expect> entry : file.expected().entrySet()) {
                tests.add(DynamicTest.dynamicTest(entry.getKey() + ": " + file,
                        () -> check(intake, file, entry.getKey(), entry.getValue())));
            }
        }
        return tests;
    }

    /** Feeds one file to one way in and checks what happened. Shared with the small-memory run. */
    static void check(HostileIntake intake, HostileFiles.HostileFile file, HostileFiles.Use use,
                      HostileFiles.Expect expected) throws Exception {
        String before = intake.databaseChecksum();
        HostileIntake.Outcome outcome = within(() -> intake.feed(use, file.file()));
        switch (expected) {
            case HostileFiles.Expect.Refused refused -> {
                assertThat(outcome.kind()).as("%s: %s", file, outcome.message())
                        .isEqualTo(HostileIntake.Outcome.Kind.REFUSED);
                String message = outcome.message().toLowerCase(Locale.UK);
                assertThat(refused.anyOf()).as("the words shown: %s", outcome.message())
                        .anyMatch(words -> message.contains(words.toLowerCase(Locale.UK)));
                assertThat(message).doesNotContain("exception", "null", "top-secret");
                if (names(use)) {
                    assertThat(outcome.message()).contains(String.valueOf(file.file().getFileName()));
                }
                if (use != HostileFiles.Use.PAPER) {
                    // A paper is first put on the agenda; the intake checks the pack changes nothing itself.
                    assertThat(intake.databaseChecksum()).as("the database after a refusal").isEqualTo(before);
                }
            }
            case HostileFiles.Expect.Accepted accepted -> {
                assertThat(outcome.kind()).as("%s: %s", file, outcome.message())
                        .isEqualTo(HostileIntake.Outcome.Kind.ACCEPTED);
                assertThat(accepted.check().test(outcome.result())).as("%s read as %s", file, accepted.what()).isTrue();
            }
        }
    }

    /** Ways in whose messages name the file themselves; the others show it beside the message. */
    private static boolean names(HostileFiles.Use use) {
        return use != HostileFiles.Use.RECEIPT && use != HostileFiles.Use.PAPER;
    }

    private static HostileIntake.Outcome within(java.util.concurrent.Callable<HostileIntake.Outcome> work)
            throws Exception {
        ExecutorService single = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "hostile-file");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<HostileIntake.Outcome> result = single.submit(work);
            try {
                return result.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("Still working after " + PATIENCE.toSeconds() + " seconds: it hangs");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        } finally {
            single.shutdown();
        }
    }
}
