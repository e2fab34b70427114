package org.fourpi.toolkit.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryViewModelTest {

    @TempDir Path dataDir;
    private TestServices test;
    private RecordingDialogs dialogs;
    private GlossaryViewModel viewModel;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        dialogs = new RecordingDialogs();
        viewModel = new GlossaryViewModel(test.services().glossary(), new SameThreadExecutor(), dialogs,
                TestServices.MESSAGES);
        viewModel.load();
    }

    @AfterEach
    void close() {
        test.close();
    }

    private GlossaryTerm shown(String term) {
        return viewModel.shownTerms().stream().filter(t -> t.term().equals(term)).findFirst().orElseThrow();
    }

    @Test
    void searchesTermsAndExplanations() {
        int all = viewModel.shownTerms().size();

        viewModel.searchProperty().set("team");

        assertThat(viewModel.shownTerms()).extracting(GlossaryTerm::term).containsExactly("CMHT");
        assertThat(viewModel.shownTextProperty().get()).isEqualTo("Showing 1 of " + all + " terms.");
        viewModel.searchProperty().set("");
        assertThat(viewModel.shownTerms()).hasSize(all);
    }

    @Test
    void addsATermAndEmptiesTheForm() {
        viewModel.value(GlossaryField.TERM).set("PCN");
        viewModel.value(GlossaryField.EXPLANATION).set("Primary Care Network: GP surgeries working together.");

        assertThat(viewModel.save()).isTrue();

        assertThat(viewModel.statusProperty().get()).isEqualTo("Added PCN to the glossary.");
        assertThat(shown("PCN").explanation()).isEqualTo("Primary Care Network: GP surgeries working together.");
        assertThat(viewModel.value(GlossaryField.TERM).get()).isEmpty();
        assertThat(test.services().glossary().find("PCN")).isPresent();
    }

    @Test
    void showsEachProblemUnderItsFieldAndSavesNothing() {
        viewModel.value(GlossaryField.TERM).set("cmht");

        assertThat(viewModel.save()).isFalse();

        assertThat(viewModel.error(GlossaryField.TERM).get())
                .isEqualTo("Term: this term is in the glossary already. Please change the one there instead.");
        assertThat(viewModel.error(GlossaryField.EXPLANATION).get()).isEqualTo("What it means: please fill this in.");
        assertThat(viewModel.firstInvalidFieldProperty().get()).isEqualTo(GlossaryField.TERM);
        assertThat(viewModel.statusProperty().get()).isEqualTo("Nothing saved: please check the problem shown.");

        viewModel.value(GlossaryField.TERM).set("x".repeat(101));
        viewModel.value(GlossaryField.EXPLANATION).set("Fine.");
        viewModel.save();
        assertThat(viewModel.error(GlossaryField.TERM).get()).isEqualTo("Term: please keep this to 100 characters or fewer.");
        assertThat(viewModel.error(GlossaryField.EXPLANATION).get()).isEmpty();
    }

    @Test
    void changesAChosenTerm() {
        viewModel.edit(shown("CMHT"));
        assertThat(viewModel.formTitleProperty().get()).isEqualTo("Changing the term CMHT");
        assertThat(viewModel.value(GlossaryField.EXPLANATION).get()).startsWith("Community Mental Health Team.");

        viewModel.value(GlossaryField.EXPLANATION).set("A team that supports people where they live.");
        viewModel.save();

        assertThat(viewModel.statusProperty().get()).isEqualTo("Saved the changes to CMHT.");
        assertThat(shown("CMHT").explanation()).isEqualTo("A team that supports people where they live.");
        assertThat(viewModel.formTitleProperty().get()).isEqualTo("A new term");
    }

    @Test
    void removesATermOnlyWhenThePersonConfirms() {
        GlossaryTerm cmht = shown("CMHT");

        dialogs.answerConfirm(false);
        viewModel.remove(cmht);
        assertThat(viewModel.shownTerms()).contains(cmht);

        dialogs.answerConfirm(true);
        viewModel.remove(cmht);
        assertThat(viewModel.shownTerms()).doesNotContain(cmht);
        assertThat(viewModel.statusProperty().get()).isEqualTo("Removed CMHT from the glossary.");
        assertThat(dialogs.shown()).extracting(RecordingDialogs.Shown::message)
                .contains("Remove CMHT from the glossary? Meeting packs will no longer explain it.");
    }

    @Test
    void listsTheUnexplainedAbbreviationsInPastedText() {
        viewModel.checkTextProperty().set("The CMHT and the PCN met the DWP. The PCNs agreed. The NHS paid.");

        viewModel.check();

        assertThat(viewModel.unexplained()).extracting(viewModel::unexplainedText)
                .containsExactly("DWP: once", "PCN: 2 times");
        assertThat(viewModel.checkStatusProperty().get())
                .isEqualTo("2 abbreviations have no explanation. Choose one and add it to the glossary.");
    }

    @Test
    void saysWhenThePastedTextHasNoJargon() {
        viewModel.check();
        assertThat(viewModel.checkStatusProperty().get()).isEqualTo("Please paste or type some text to check first.");

        viewModel.checkTextProperty().set("The Department for Work and Pensions (DWP) and the CMHT.");
        viewModel.check();
        assertThat(viewModel.unexplained()).isEmpty();
        assertThat(viewModel.checkStatusProperty().get()).isEqualTo("No unexplained abbreviations found.");
    }

    @Test
    void startsANewTermFromAnAbbreviationFoundAndThenNoLongerListsIt() {
        viewModel.edit(shown("CMHT"));
        viewModel.checkTextProperty().set("The PCN met.");
        viewModel.check();

        viewModel.addToGlossary(viewModel.unexplained().getFirst());

        assertThat(viewModel.editingProperty().get()).isNull();
        assertThat(viewModel.value(GlossaryField.TERM).get()).isEqualTo("PCN");
        assertThat(viewModel.value(GlossaryField.EXPLANATION).get()).isEmpty();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Write what PCN means, then save the term.");

        viewModel.value(GlossaryField.EXPLANATION).set("Primary Care Network.");
        viewModel.save();
        viewModel.check();
        assertThat(viewModel.unexplained()).isEmpty();
    }
}
