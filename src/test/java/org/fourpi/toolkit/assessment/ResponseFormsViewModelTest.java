package org.fourpi.toolkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseFormsViewModelTest {

    @TempDir Path dataDir;
    @TempDir Path files;
    private TestServices test;
    private AssessmentService assessments;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private ResponseFormsViewModel viewModel;
    private Assessment assessment;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        assessments = test.services().assessments();
        assessment = assessments.start(ResponseFormFiles.start("Annual check 2026", "Ada Lovelace", "Ben Carer"));
        viewModel = new ResponseFormsViewModel(assessments, test.services().responseForms(),
                test.services().responseFormPdf(), executor, dialogs, TestServices.MESSAGES);
    }

    @AfterEach
    void close() {
        assertThat(executor.unexpected()).isEmpty();
        test.close();
    }

    @Test
    void offersOnlyAssessmentsInProgressAndChoosesTheOnlyOne() {
        Assessment done = assessments.start(ResponseFormFiles.start("Last year", "Cy"));
        assessments.complete(done.id());

        viewModel.refresh();

        assertThat(viewModel.assessmentChoices()).extracting(ResponseFormsViewModel.AssessmentChoice::label)
                .containsExactly("Annual check 2026 (20 November 2026)");
        assertThat(viewModel.assessmentProperty().get().id()).isEqualTo(assessment.id());
        assertThat(viewModel.participants()).extracting(Participant::name).containsExactly("Ada Lovelace", "Ben Carer");
        assertThat(viewModel.canSaveFormProperty().get()).as("no person chosen yet").isFalse();
        assertThat(viewModel.canSaveAllProperty().get()).isTrue();
    }

    @Test
    void savesFormsForEveryoneIntoTheChosenFolderAndAPaperFormForOnePerson() {
        viewModel.refresh();
        dialogs.chooseFolder(files);

        viewModel.saveFormsForEveryone();

        assertThat(files.resolve("4PI response form - Ada Lovelace.xlsx")).isRegularFile();
        assertThat(files.resolve("4PI response form - Ben Carer.xlsx")).isRegularFile();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Saved 2 forms in " + files + ".");

        viewModel.participantProperty().set(viewModel.participants().getFirst());
        viewModel.largePrintProperty().set(true);
        dialogs.chooseFile(files.resolve("Ada paper"));
        viewModel.savePaperForm();

        assertThat(files.resolve("Ada paper.pdf")).isRegularFile();
        assertThat(viewModel.messageProperty().get()).startsWith("The paper form for Ada Lovelace is saved as");
    }

    @Test
    void asksBeforeReplacingFormsAlreadyInTheFolderWhichMayHaveBeenFilledIn() throws IOException {
        viewModel.refresh();
        Path filled = files.resolve("4PI response form - Ada Lovelace.xlsx");
        Files.writeString(filled, "a filled form");
        dialogs.chooseFolder(files).answerConfirm(false);

        viewModel.saveFormsForEveryone();

        assertThat(dialogs.shown()).singleElement().satisfies(d -> assertThat(d.message()).startsWith(
                "A form with the same name is already in this folder: 4PI response form - Ada Lovelace.xlsx."));
        assertThat(Files.readString(filled)).isEqualTo("a filled form");
        assertThat(files.resolve("4PI response form - Ben Carer.xlsx")).doesNotExist();

        dialogs.answerConfirm(true);
        viewModel.saveFormsForEveryone();

        assertThat(Files.size(filled)).isGreaterThan(1000);
        assertThat(files.resolve("4PI response form - Ben Carer.xlsx")).isRegularFile();
    }

    @Test
    void showsWhatFilledFormsSayThenSavesOnlyTheGoodOnes() throws IOException {
        viewModel.refresh();
        List<Indicator> indicators = assessments.framework().indicators();
        Path ada = files.resolve("ada.xlsx");
        Path ben = files.resolve("ben.xlsx");
        ResponseFormService forms = test.services().responseForms();
        forms.writeForm(assessment.id(), ResponseFormFiles.named(assessment, "Ada Lovelace").id(), ada);
        forms.writeForm(assessment.id(), ResponseFormFiles.named(assessment, "Ben Carer").id(), ben);
        ResponseFormFiles.fill(ada, indicators.get(0).code(), "3 Some progress", indicators.get(1).code(), "5");
        ResponseFormFiles.comment(ada, indicators.get(1).code(), "Papers come too late.");
        ResponseFormFiles.fill(ben, indicators.get(0).code(), "lots");
        Path notAForm = Files.writeString(files.resolve("shopping.xlsx"), "eggs");
        dialogs.chooseFiles(List.of(ada, ben, notAForm));

        viewModel.chooseFilledForms();

        assertThat(viewModel.formRows()).containsExactly(
                new ResponseFormsViewModel.FormRow("ada.xlsx", "Ada Lovelace", "2", "Ready to save"),
                new ResponseFormsViewModel.FormRow("ben.xlsx", "Ben Carer", "0", "Will not be saved: 1 problem"),
                new ResponseFormsViewModel.FormRow("shopping.xlsx", "", "", "Will not be saved: 1 problem"));
        assertThat(viewModel.detailsProperty().get()).contains("Nothing has been saved yet.",
                "Comments for the facilitator to read out:", "Papers come too late.",
                "Ben Carer's form (ben.xlsx), row ", ", column C: \u2018lots\u2019 is not one of the answers on the list.",
                "shopping.xlsx: this is not one of this program's response forms");
        assertThat(assessments.answers(assessment.id()).own()).as("nothing saved before asked").isEmpty();
        assertThat(viewModel.canSaveAnswersProperty().get()).isTrue();

        viewModel.saveAnswers();

        assertThat(viewModel.messageProperty().get()).isEqualTo("Saved 2 answers: Ada Lovelace (2).");
        assertThat(assessments.answers(assessment.id()).ownRatings(ResponseFormFiles.named(assessment, "Ada Lovelace")
                .id())).containsOnly(Map.entry(indicators.get(0).code(), Rating.THREE),
                Map.entry(indicators.get(1).code(), Rating.FIVE));
        assertThat(viewModel.formRows()).isEmpty();
        assertThat(viewModel.canSaveAnswersProperty().get()).isFalse();
    }

    @Test
    void choosingNoFilesChangesNothing() {
        viewModel.refresh();

        viewModel.chooseFilledForms();

        assertThat(viewModel.formRows()).isEmpty();
        assertThat(viewModel.hasPreview()).isFalse();
        assertThat(viewModel.messageProperty().get()).isEmpty();
    }
}
