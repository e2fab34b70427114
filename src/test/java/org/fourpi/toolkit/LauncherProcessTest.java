package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.fourpi.toolkit.testing.ChildJvm;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the program as a separate process, as a person or a script would. */
class LauncherProcessTest {

    @TempDir
    Path temp;


    @Test
    void startsHeadlessPrintsItsStartupTimeAndExits() throws Exception {
        ChildJvm.Finished result = run(true, "--data-dir", temp.toString(), "--exit-after-startup");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("(?m)^startup_ms=\\d+$");
        assertThat(temp.resolve("database").resolve("toolkit.mv.db")).exists();
        assertThat(temp.resolve("logs").resolve("toolkit.log")).content().contains("Database open");
    }

    @Test
    void saysTheDataIsAlreadyOpenAndTouchesNothing() throws Exception {
        try (TestServices first = TestServices.open(temp)) {
            Map<String, String> before = snapshot(temp);

            ChildJvm.Finished result = run(false, "--data-dir", temp.toString(), "--exit-after-startup");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).contains("already open on this computer").contains(temp.toString());
            assertThat(snapshot(temp)).isEqualTo(before);
        }
    }

    @Test
    void namesADataFolderThatCannotBeWritten() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        ChildJvm.Finished result = run(false, "--data-dir", file.resolve("data").toString(), "--exit-after-startup");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("cannot create or write to its data folder")
                .contains(file.resolve("data").toString());
    }

    @Test
    void fillsAnEmptyFolderWithExampleDataFromTheCommandLine() throws Exception {
        ChildJvm.Finished first = run(false, "demo-data", "--data-dir", temp.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Example data has been added");

        ChildJvm.Finished second = run(false, "--data-dir", temp.toString(), "demo-data");
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err()).contains("already holds records").contains("nothing was changed");

        try (TestServices test = TestServices.open(temp)) {
            assertThat(test.services().organisations().load()).hasValueSatisfying(
                    p -> assertThat(p.name()).isEqualTo("Riverside Voices (example)"));
        }
    }

    @Test
    void explainsItselfWithHelpAndVersion() throws Exception {
        ChildJvm.Finished help = run(false, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--data-dir=DIR", "--exit-after-startup", "demo-data", "NSUN, 2013");

        ChildJvm.Finished version = run(false, "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("4PI Involvement Toolkit ");
    }

    private static ChildJvm.Finished run(boolean headlessWindow, String... args)
            throws IOException, InterruptedException {
        return ChildJvm.run(Launcher.class, headlessWindow, args);
    }

    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                files.put(folder.relativize(p).toString(), a.size() + "@" + a.lastModifiedTime().toMillis());
            }
        }
        return files;
    }

}
