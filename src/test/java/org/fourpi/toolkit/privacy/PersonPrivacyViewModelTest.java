package org.fourpi.toolkit.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonPrivacyViewModelTest {

    @TempDir
    Path temp;

    private PrivacyFixture fixture;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final List<Long> shownAgain = new ArrayList<>();
    private PersonPrivacyViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        fixture = new PrivacyFixture(temp);
        viewModel = new PersonPrivacyViewModel(fixture.services.subjectAccess(), fixture.services.erasure(), executor,
                dialogs, TestServices.MESSAGES, shownAgain::add);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
        assertThat(executor.unexpected()).isEmpty();
    }

    @Test
    void savesEverythingIntoTheFolderChosenAndSaysWhere() throws Exception {
        long zeb = fixture.everything();
        Path out = Files.createDirectories(temp.resolve("out"));
        dialogs.chooseFolder(out);
        viewModel.show(zeb);

        viewModel.saveEverything();

        Path folder = out.resolve("Zeb Quartermaine 2026-11-26");
        assertThat(folder.resolve("records.xlsx")).exists();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Saved in " + folder
                + ": records.xlsx, summary.pdf and 2 attached files.");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void doesNothingWhenNoFolderIsChosen() throws Exception {
        long id = fixture.plainPerson("Ann", "Lee");
        viewModel.show(id);

        viewModel.saveEverything();

        assertThat(viewModel.statusProperty().get()).isEmpty();
    }

    @Test
    void erasesOnlyOnceTheirNameIsTypedAndTheQuestionAnsweredYes() throws Exception {
        long zeb = fixture.everything();
        viewModel.show(zeb);

        viewModel.startErase();

        assertThat(viewModel.erasingProperty().get()).isTrue();
        assertThat(viewModel.eraseWordsProperty().get())
                .contains("The name Zeb Quartermaine will be replaced by a made-up name")
                .contains("One document and its file will be deleted.")
                .contains("2 claims stay for the accounts, under the made-up name, until 31 March 2033.")
                .contains("one meeting and one self-assessment")
                .endsWith("This cannot be undone.");
        viewModel.typedNameProperty().set("Zeb");
        assertThat(viewModel.nameTypedProperty().get()).isFalse();
        viewModel.erase();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Type Zeb Quartermaine in the box to confirm.");
        assertThat(dialogs.shown()).isEmpty();

        viewModel.typedNameProperty().set("zeb quartermaine");
        dialogs.answerConfirm(false);
        viewModel.erase();
        assertThat(dialogs.shown()).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Erase Zeb Quartermaine for good?");
            assertThat(d.message()).isEqualTo(viewModel.eraseWordsProperty().get());
        });
        assertThat(fixture.services.erasure().plan(zeb).alreadyErased()).isFalse();

        dialogs.answerConfirm(true);
        viewModel.erase();

        ErasurePlan after = fixture.services.erasure().plan(zeb);
        assertThat(after.alreadyErased()).isTrue();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Erased. The record is now called " + after.name() + ".");
        assertThat(viewModel.alreadyErasedProperty().get()).isTrue();
        assertThat(viewModel.erasingProperty().get()).isFalse();
        assertThat(shownAgain).containsExactly(zeb);
    }

    @Test
    void offersNoErasureForSomeoneAlreadyErased() throws Exception {
        long id = fixture.plainPerson("Ann", "Lee");
        fixture.services.erasure().erase(id, "Ann Lee");

        viewModel.show(id);
        viewModel.startErase();

        assertThat(viewModel.alreadyErasedProperty().get()).isTrue();
        assertThat(viewModel.erasingProperty().get()).isFalse();
    }
}
