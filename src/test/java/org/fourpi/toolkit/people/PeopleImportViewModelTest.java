package org.fourpi.toolkit.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleImportViewModelTest {

    @TempDir
    Path temp;

    private TestServices test;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private PeopleImportViewModel importing;
    private int backToList;

    @BeforeEach
    void open() {
        test = TestServices.open(temp.resolve("data"));
        importing = new PeopleImportViewModel(test.services().peopleImport(), executor, dialogs,
                TestServices.MESSAGES, () -> backToList++);
        importing.start();
    }

    @AfterEach
    void close() {
        test.close();
        assertThat(executor.unexpected()).isEmpty();
    }

    private Path csv(String text) throws Exception {
        return Files.writeString(temp.resolve("members.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void showsEveryRowAndProblemBeforeSavingAnything() throws Exception {
        Path file = csv("Forename,Surname,E-mail\nSamira,Okafor,sam@example.org\nJo,Patel,jo at example\n");
        dialogs.chooseFile(file);

        importing.chooseFile();

        assertThat(importing.fileNameProperty().get()).isEqualTo("members.csv: 2 rows below the headings.");
        assertThat(importing.columns()).extracting(c -> c.targetProperty().get())
                .containsExactly(PeopleImportColumn.FIRST_NAME, PeopleImportColumn.LAST_NAME, PeopleImportColumn.EMAIL);
        assertThat(importing.summaryProperty().get()).isEqualTo("1 to add, 0 to update, 0 repeated and left out, 1 with problems.");
        assertThat(importing.problemsProperty().get()).contains("Row 3").contains("column C");
        assertThat(importing.canImportProperty().get()).as("rows with problems block the import").isFalse();
        assertThat(test.services().people().list()).isEmpty();

        importing.skipRowsInErrorProperty().set(true);
        assertThat(importing.canImportProperty().get()).isTrue();
        importing.importNow();

        assertThat(importing.messageProperty().get()).isEqualTo("Imported: 1 added, 0 updated. Left out: 0 repeated, 1 with problems.");
        assertThat(test.services().people().list()).extracting(PersonSummary::displayName).containsExactly("Samira Okafor");
        assertThat(importing.canUndoProperty().get()).isTrue();
    }

    @Test
    void previewsAgainWhenAColumnIsMatchedDifferently() throws Exception {
        dialogs.chooseFile(csv("Name,Other\nSamira,Okafor\n"));
        importing.chooseFile();

        importing.columns().get(0).targetProperty().set(PeopleImportColumn.FIRST_NAME);
        importing.columns().get(1).targetProperty().set(PeopleImportColumn.LAST_NAME);

        assertThat(importing.previewRows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Samira Okafor");
            assertThat(row.outcome()).isEqualTo("New");
        });
    }

    @Test
    void undoesTheLastImportAfterAsking() throws Exception {
        dialogs.chooseFile(csv("First name,Last name\nSamira,Okafor\nJo,Patel\n"));
        importing.chooseFile();
        importing.importNow();
        assertThat(test.services().people().list()).hasSize(2);

        dialogs.answerConfirm(true);
        importing.undoLastImport();

        assertThat(test.services().people().list()).isEmpty();
        assertThat(importing.messageProperty().get())
                .isEqualTo("Undone: the import of members.csv. 2 people were removed and no values were put back.");
        assertThat(importing.canUndoProperty().get()).isFalse();
    }

    @Test
    void refusesAFileThatIsNotASpreadsheetAndSaysWhy() throws Exception {
        Path file = Files.write(temp.resolve("photo.xlsx"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        dialogs.chooseFile(file);

        importing.chooseFile();

        assertThat(dialogs.shown()).singleElement().satisfies(shown -> {
            assertThat(shown.kind()).isEqualTo("error");
            assertThat(shown.message()).contains("photo.xlsx");
        });
        assertThat(importing.hasFileProperty().get()).isFalse();
    }
}
