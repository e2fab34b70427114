package org.fourpi.toolkit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.fourpi.toolkit.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The heavy files are refused in a copy of Java with only 160 MB of memory, and none makes it hang. */
class HeavyFilesTest {

    @TempDir Path temp;

    @Test
    void refusesBombsAndMillionRowFilesWithinSmallMemoryAndTime() throws IOException, InterruptedException {
        Path log = temp.resolve("run.log");
        Process child = new ProcessBuilder(ChildJvm.command(HeavyFilesRun.class,
                List.of("-Xmx160m", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true"),
                temp.toString())).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = child.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as("ended within five minutes:%n%s", output).isTrue();
        assertThat(output).as(output).doesNotContain("OutOfMemoryError", "FAILED").contains("0 failed");
        assertThat(child.exitValue()).as(output).isZero();
    }
}
