package org.fourpi.toolkit.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restore cut short by a crash at any step is finished at the next start, or the data is left as it was. */
class RestoreSwapTest {

    @TempDir Path root;

    /** Stops the work after a given step, as pulling the plug would. */
    private static final class Crash extends RuntimeException {
    }

    @Test
    void aCrashAfterAnyStepIsFinishedAtTheNextStart() throws IOException {
        List<String> steps = new ArrayList<>();
        readyToSwap();
        RestoreSwap.finish(root, steps::add);
        Map<String, String> restored = contents(root);
        assertThat(restored).containsOnly(Map.entry("database/toolkit.mv.db", "backup database"),
                Map.entry("attachments/b.pdf", "backup receipt"), Map.entry("toolkit.lock", ""),
                Map.entry("backups/old.zip", "an old backup"));
        assertThat(steps).containsExactly("set aside database", "set aside attachments", "set aside passphrase.key",
                "bring in database", "bring in attachments", "marker removed");

        for (int crashAt = 0; crashAt < steps.size(); crashAt++) {
            clear();
            readyToSwap();
            int stop = crashAt;
            List<String> done = new ArrayList<>();
            assertThatThrownBy(() -> RestoreSwap.finish(root, step -> {
                done.add(step);
                if (done.size() > stop) {
                    throw new Crash();
                }
            })).isInstanceOf(Crash.class);

            RestoreSwap.Outcome outcome = RestoreSwap.finish(root);

            assertThat(contents(root)).as("crash after " + steps.get(stop)).isEqualTo(restored);
            assertThat(outcome).isEqualTo(RestoreSwap.Outcome.FINISHED);
        }
    }

    @Test
    void aCrashWhileUnpackingLeavesTheDataAsItWas() throws IOException {
        current();
        write("restore-staging/database/toolkit.mv.db", "half a backup");

        assertThat(RestoreSwap.finish(root)).isEqualTo(RestoreSwap.Outcome.ROLLED_BACK);

        assertThat(contents(root)).containsOnly(Map.entry("database/toolkit.mv.db", "current database"),
                Map.entry("attachments/a.pdf", "current receipt"), Map.entry("passphrase.key", "current key"),
                Map.entry("toolkit.lock", ""), Map.entry("backups/old.zip", "an old backup"));
        assertThat(RestoreSwap.finish(root)).isEqualTo(RestoreSwap.Outcome.NOTHING);
    }

    @Test
    void aMarkerCutShortWhileBeingWrittenCountsForNothing() throws IOException {
        current();
        write("restore-staging/database/toolkit.mv.db", "backup database");
        write("restore.marker.part", "set.aside=datab");

        RestoreSwap.finish(root);

        assertThat(contents(root)).containsEntry("database/toolkit.mv.db", "current database")
                .doesNotContainKey("restore.marker.part");
    }

    private void current() throws IOException {
        write("database/toolkit.mv.db", "current database");
        write("attachments/a.pdf", "current receipt");
        write("passphrase.key", "current key");
        write("toolkit.lock", "");
        write("backups/old.zip", "an old backup");
    }

    /** The current data, a backup unpacked beside it (without a key file), and the marker. */
    private void readyToSwap() throws IOException {
        current();
        write("restore-staging/database/toolkit.mv.db", "backup database");
        write("restore-staging/attachments/b.pdf", "backup receipt");
        RestoreSwap.writeMarker(root, List.of("database", "attachments", "passphrase.key"),
                List.of("database", "attachments"));
    }

    private void write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void clear() throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.toList()) {
                DataFolderLayout.deleteTree(child);
            }
        }
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }
}
