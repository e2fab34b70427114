package org.fourpi.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fourpi.toolkit.people.PeopleImportPreview;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the import and export commands print, and what they save. */
class PeopleFileConsoleTest {

    @TempDir
    Path temp;

    private TestServices test;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PeopleFileConsole console;

    @BeforeEach
    void open() {
        test = TestServices.open(temp.resolve("data"));
        console = new PeopleFileConsole(TestServices.MESSAGES, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void close() {
        test.close();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private int importPeople(Path file, boolean dryRun) {
        return console.importPeople(test.services().peopleImport(), file, dryRun);
    }

    @Test
    void listsEveryProblemWithItsRowAndColumnAndSavesNothing() throws IOException {
        Path file = Files.writeString(temp.resolve("people.csv"),
                "First name,E-mail,Notes\nAsha,asha@example.org,\nBen,ben at example,\n");

        int code = importPeople(file, false);

        assertThat(code).isEqualTo(1);
        assertThat(out()).contains("Column A (First name) is read as First name.",
                "Column B (E-mail) is read as Email.", "Column C (Notes) is not used.",
                "New people to add: 1", "Rows that need checking: 1");
        assertThat(err()).contains("Row 3, column B, E-mail: this does not look like an email address.",
                "Nothing was imported.");
        assertThat(test.services().people().all()).isEmpty();
    }

    @Test
    void saysWhatItWouldDoOnATrialRunAndSavesNothing() throws IOException {
        Path file = Files.writeString(temp.resolve("people.csv"), "First name,Email\nAsha,asha@example.org\n");

        int code = importPeople(file, true);

        assertThat(code).isZero();
        assertThat(out()).contains("What importing people.csv would do:", "New people to add: 1",
                "This was a trial run: nothing was saved.");
        assertThat(test.services().people().all()).isEmpty();
        assertThat(test.services().peopleImport().lastImport()).isEmpty();
    }

    @Test
    void importsAFileWithNoProblems() throws IOException {
        Path file = Files.writeString(temp.resolve("people.csv"), "First name,Email\nAsha,asha@example.org\n");

        int code = importPeople(file, false);

        assertThat(code).isZero();
        assertThat(out()).contains("Saved: 1 people added and 0 updated.");
        assertThat(test.services().people().all()).extracting(Person::firstName).containsExactly("Asha");
    }

    @Test
    void hasACountLineForEveryOutcome() {
        for (PeopleImportPreview.Outcome outcome : PeopleImportPreview.Outcome.values()) {
            assertThat(TestServices.MESSAGES.bundle().containsKey("cli.import.count." + outcome.name()))
                    .as(outcome.name()).isTrue();
        }
    }

    @Test
    void explainsARefusedFile() throws IOException {
        Path file = Files.writeString(temp.resolve("people.xls"), "not really");

        assertThat(importPeople(file, false)).isEqualTo(1);
        assertThat(err()).contains("The file people.xls is in the older Excel format (.xls).");
    }

    @Test
    void namesTheFileAndRowOfAQuoteMarkThatIsNotClosed() throws IOException {
        Path file = Files.writeString(temp.resolve("members.csv"), "First name,Last name\n\"Asha,Khan\nBen,Lowe\n");

        assertThat(importPeople(file, false)).isEqualTo(1);
        assertThat(err()).startsWith("members.csv, row 2: a quote mark (\") is not closed");
        assertThat(test.services().people().all()).isEmpty();
    }

    @Test
    void exportsToAnXlsxFileOnly() {
        test.services().people().save(Person.named("Asha", "Khan"));

        assertThat(console.exportPeople(test.services().peopleExport(), temp.resolve("people.csv"), false))
                .isEqualTo(1);
        assertThat(err()).contains("Please give a file name ending in .xlsx");

        Path file = temp.resolve("people.xlsx");
        assertThat(console.exportPeople(test.services().peopleExport(), file, true)).isZero();
        assertThat(file).isNotEmptyFile();
        assertThat(out()).contains("Wrote 1 people to " + file.toAbsolutePath(),
                "The file includes equality monitoring answers.");
    }
}
