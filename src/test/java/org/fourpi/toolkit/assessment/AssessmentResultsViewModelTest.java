package org.fourpi.toolkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentResultsViewModelTest {

    @TempDir Path dataDir;
    @TempDir Path files;
    private TestServices test;
    private AssessmentService assessments;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private AssessmentResultsViewModel viewModel;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        assessments = test.services().assessments();
        viewModel = new AssessmentResultsViewModel(assessments, test.services().assessmentExport(),
                test.services().assessmentReport(), executor, dialogs, TestServices.MESSAGES);
    }

    @AfterEach
    void close() {
        test.close();
        assertThat(executor.unexpected()).isEmpty();
    }

    @Test
    void choosesTheMostRecentAssessmentAndShowsItsFiguresInWords() {
        AssessmentResultsFixture.make(assessments);

        viewModel.refresh();

        assertThat(viewModel.choices()).extracting(AssessmentSummary::title)
                .containsExactly("Annual check 2026", "Annual check 2025");
        assertThat(viewModel.choiceLabel(viewModel.chosenProperty().get()))
                .isEqualTo("20 November 2026: Annual check 2026 (In progress)");
        assertThat(viewModel.overallProperty().get()).isEqualTo("Overall average 3.1, from 53 of 54 statements with"
                + " an agreed rating of 1 to 5. That is up 0.2 from 2.8 in November 2025.");
        assertThat(viewModel.detailsProperty().get())
                .isEqualTo("In progress. Levels covered: C and D. Who took part: 1 service user, 1 carer and "
                        + "1 member of staff.");
        assertThat(viewModel.areaRows()).extracting(AssessmentResultsViewModel.AreaRow::name)
                .startsWith("Principles", "Purpose", "Presence", "Process", "Process: Engagement");
        assertThat(viewModel.areaRows().getFirst())
                .isEqualTo(new AssessmentResultsViewModel.AreaRow("Principles", "4.0", "2.0", "up 2.0", false));
        assertThat(viewModel.areaRows().get(1).change()).isEqualTo("down 1.0");
        assertThat(viewModel.areaRows().getLast())
                .isEqualTo(new AssessmentResultsViewModel.AreaRow("Overall", "3.1", "2.8", "up 0.2", false));
        assertThat(viewModel.radarTextProperty().get()).contains("Principles 4.0, up 2.0 since November 2025",
                "Purpose 2.0, down 1.0 since November 2025", "Presence 3.0, no change since November 2025");
        assertThat(viewModel.radar()).hasSize(5);
        assertThat(viewModel.radar().getFirst()).isEqualTo(new AssessmentResultsViewModel.RadarPoint("Principles 4.0", 4.0, 2.0));
        assertThat(viewModel.previousLegendProperty().get()).isEqualTo("November 2025 (dashed line)");
        assertThat(viewModel.strongestProperty().get()).startsWith("\u2022 4 (Mostly): Everything we involve");
        assertThat(viewModel.weakestProperty().get()).startsWith("\u2022 2 (Made a start): ");
    }

    @Test
    void callsOutStatementsWhereViewsDifferByTwoOrMorePoints() {
        AssessmentResultsFixture.make(assessments);

        viewModel.refresh();

        assertThat(viewModel.differencesProperty().get()).isEqualTo("\u2022 Views differ by 3.0 points (Service "
                + "users 1.0, Carers 3.0, Staff and volunteers 4.0) on \u201cEverything we involve people in keeps in "
                + "sight the aim of better services and better mental health, wellbeing and recovery.\u201d");
        assertThat(viewModel.viewpointsNoteProperty().get()).isEmpty();
        assertThat(viewModel.viewpointRows().getFirst())
                .isEqualTo(new AssessmentResultsViewModel.ViewpointRow("Principles", "2.5", "3.0", "4.0"));
    }

    @Test
    void saysThereIsNothingToCompareWhenTheGroupRatedTogether() {
        AssessmentResultsFixture.Made made = AssessmentResultsFixture.make(assessments);

        viewModel.show(made.previous());

        assertThat(viewModel.headingProperty().get()).isEqualTo("Annual check 2025, held on 20 November 2025");
        assertThat(viewModel.viewpointsNoteProperty().get())
                .isEqualTo("This assessment was rated together, so there are no separate views to compare.");
        assertThat(viewModel.viewpointRows()).isEmpty();
        assertThat(viewModel.progressProperty().get()).isEqualTo("This is the first completed assessment of these "
                + "levels, so there is nothing to compare with yet.");
        assertThat(viewModel.movedUpProperty().get()).isEmpty();
        assertThat(viewModel.previousLegendProperty().get()).isEmpty();
    }

    @Test
    void tellsWhatWentUpAndDownSinceThePreviousAssessment() {
        AssessmentResultsFixture.make(assessments);

        viewModel.refresh();

        assertThat(viewModel.progressProperty().get().lines()).containsExactly(
                "Compared with \u201cAnnual check 2025\u201d, held on 20 November 2025.",
                "Principles went up from 2.0 to 4.0 (up 2.0).",
                "Purpose went down from 3.0 to 2.0 (down 1.0).",
                "Presence stayed the same at 3.0.",
                "Process stayed the same at 3.0.",
                "Impact stayed the same at 3.0.");
        assertThat(viewModel.movedUpProperty().get().lines()).hasSize(9)
                .allMatch(line -> line.startsWith("\u2022 Up from 2 to 4: "));
        assertThat(viewModel.movedDownProperty().get().lines()).hasSize(5)
                .allMatch(line -> line.startsWith("\u2022 Down from 3 to 2: "));
    }

    @Test
    void comparesOnlyWithACompletedAssessmentOfTheSameLevels() {
        AssessmentResultsFixture.make(assessments);
        long other = assessments.start(new AssessmentStart("Board only", LocalDate.of(2026, 11, 25),
                EnumSet.of(InvolvementLevel.E), "Sam", AssessmentMode.GROUP,
                List.of(new ParticipantInput(null, null, "Dee", Perspective.CARER)))).id();

        viewModel.show(other);

        assertThat(viewModel.chosenProperty().get().id()).isEqualTo(other);
        assertThat(viewModel.overallProperty().get()).isEqualTo(
                "No statement has an agreed rating of 1 to 5 yet, so there are no averages.");
        assertThat(viewModel.progressProperty().get()).startsWith("This is the first completed assessment");
        assertThat(viewModel.areaRows().getFirst().agreed()).isEqualTo("not rated");
    }

    @Test
    void savesTheWorkbookAndTheReportWhereTheyAreChosen() {
        AssessmentResultsFixture.make(assessments);
        viewModel.refresh();

        dialogs.chooseFile(files.resolve("results"));
        viewModel.exportWorkbook();
        assertThat(files.resolve("results.xlsx")).isNotEmptyFile();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Saved the workbook as "
                + files.resolve("results.xlsx") + ".");

        dialogs.chooseFile(files.resolve("report.pdf"));
        viewModel.saveReport();
        assertThat(files.resolve("report.pdf")).isNotEmptyFile();
        assertThat(viewModel.messageProperty().get()).startsWith("Saved the report as ");

        dialogs.chooseFile(files.resolve("missing").resolve("report.pdf"));
        viewModel.saveReport();
        assertThat(viewModel.messageProperty().get()).startsWith("The report ").contains("could not be written");
        assertThat(viewModel.writingProperty().get()).isFalse();
    }

    @Test
    void saysWhenThereAreNoAssessmentsYet() {
        viewModel.refresh();

        assertThat(viewModel.resultsProperty().get()).isNull();
        assertThat(viewModel.emptyTextProperty().get())
                .isEqualTo("There are no self-assessments yet. Start one on the Assessments tab.");
    }
}
