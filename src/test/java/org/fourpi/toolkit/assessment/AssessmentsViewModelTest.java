package org.fourpi.toolkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentsViewModelTest {

    @TempDir Path dataDir;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private TestServices test;
    private AssessmentService assessments;
    private AssessmentsViewModel list;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        assessments = test.services().assessments();
        WizardViewModel wizard = new WizardViewModel(assessments, Map::of, List::of, executor, dialogs,
                TestServices.MESSAGES, TestServices.CLOCK, id -> { });
        list = new AssessmentsViewModel(assessments, wizard, executor, dialogs, TestServices.MESSAGES);
    }

    @AfterEach
    void close() {
        test.close();
        assertThat(executor.unexpected()).isEmpty();
    }

    private long start(String title, LocalDate on) {
        return assessments.start(new AssessmentStart(title, on, EnumSet.of(InvolvementLevel.C, InvolvementLevel.E), "",
                AssessmentMode.GROUP, List.of(new ParticipantInput(null, null, "Ada", Perspective.SERVICE_USER)))).id();
    }

    @Test
    void eachAssessmentIsListedInWordsTheMostRecentFirst() {
        long older = start("Spring review", LocalDate.of(2026, 3, 2));
        start("Autumn review", LocalDate.of(2026, 10, 5));
        assessments.rateAgreed(older, "PRI-1", Rating.THREE);
        assessments.rateAgreed(older, "PRI-2", Rating.FIVE);
        assessments.complete(older);

        list.refresh();

        assertThat(list.rows()).extracting(AssessmentsViewModel.Row::title).containsExactly("Autumn review",
                "Spring review");
        assertThat(list.rows().get(1)).satisfies(row -> {
            assertThat(row.date()).isEqualTo("2 Mar 2026");
            assertThat(row.scope()).isEqualTo("CE");
            assertThat(row.status()).isEqualTo("Completed");
            assertThat(row.agreed()).isEqualTo("2 of 54 statements agreed");
        });
    }

    @Test
    void deletingAsksFirstNamingTheAssessmentAndKeepItKeepsIt() {
        start("Spring review", LocalDate.of(2026, 3, 2));
        list.refresh();
        list.selectedProperty().set(list.rows().getFirst());
        dialogs.answerConfirm(false);

        list.deleteSelected();

        assertThat(dialogs.shown()).singleElement().satisfies(d ->
                assertThat(d.message()).startsWith("Delete \"Spring review\" (2 Mar 2026)?"));
        assertThat(assessments.list()).hasSize(1);

        dialogs.answerConfirm(true);
        list.deleteSelected();

        assertThat(assessments.list()).isEmpty();
        assertThat(list.rows()).isEmpty();
        assertThat(list.messageProperty().get()).isEqualTo("\"Spring review\" has been deleted.");
    }

    @Test
    void openingShowsTheWizardAndGoingBackShowsTheListAgain() {
        long id = start("Spring review", LocalDate.of(2026, 3, 2));
        list.refresh();

        list.open(list.rows().getFirst());

        assertThat(list.modeProperty().get()).isEqualTo(AssessmentsViewModel.Mode.WIZARD);
        assertThat(list.wizard().assessmentProperty().get().id()).isEqualTo(id);
        list.wizard().close();
        assertThat(list.modeProperty().get()).isEqualTo(AssessmentsViewModel.Mode.LIST);
    }
}
