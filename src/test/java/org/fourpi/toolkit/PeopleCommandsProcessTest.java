package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.ChildJvm;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import-people and export-people commands, run as a separate process as a script would. */
class PeopleCommandsProcessTest {

    @TempDir
    Path temp;


    @Test
    void importsPeopleOnlyFromAFileWithNoProblemsThenExportsThem() throws Exception {
        Path data = temp.resolve("data");
        Path bad = Files.writeString(temp.resolve("bad.csv"), "First name,Email\nAsha,asha@example.org\nBen,nope\n");
        Path good = Files.writeString(temp.resolve("good.csv"), "First name,Email\nAsha,asha@example.org\n");
        Path export = temp.resolve("everyone.xlsx");

        ChildJvm.Finished refused = run("import-people", bad.toString(), "--data-dir", data.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("Row 3, column B, Email: this does not look like an email address.");
        try (TestServices test = TestServices.open(data)) {
            assertThat(test.services().people().all()).isEmpty();
        }

        ChildJvm.Finished imported = run("--data-dir", data.toString(), "import-people", good.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Saved: 1 people added and 0 updated.");

        ChildJvm.Finished exported = run("export-people", export.toString(), "--data-dir", data.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Wrote 1 people to");
        assertThat(export).isNotEmptyFile();
        try (TestServices test = TestServices.open(data)) {
            assertThat(test.services().people().all()).extracting(Person::firstName).containsExactly("Asha");
        }
    }

    private static ChildJvm.Finished run(String... args) throws IOException, InterruptedException {
        return ChildJvm.run(Launcher.class, false, args);
    }
}
